package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.RegulationId;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.TermNames;
import java.util.Locale;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.regulation.profile.ImportThreshold;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of the regulatory knowledge base (a law, regulation, directive or voluntary guidance),
 * as read from a data file. Its scope rules are a list of {@link ScopeRegime}s: each regime is the
 * version of the rules in effect from a date (the original text, then each amendment or
 * postponement), so that a reference date selects the rules that held on that day.
 *
 * @param id stable id, e.g. {@code eu-batteries}
 * @param names the title per language, English and French required
 * @param citation the official reference per language, e.g. {@code Regulation (EU) 2023/1542, Articles 47-53}
 *     and {@code Règlement (UE) 2023/1542, articles 47 à 53}
 * @param jurisdiction {@code EU}, an ISO alpha-2 code, or {@code international}
 * @param voluntary true for guidance that binds nobody (status {@link RegulationStatus#VOLUNTARY})
 * @param adopted date the text was adopted, when it has been
 * @param minerals minerals the text names
 * @param products products or commodities the text names (free text ids)
 * @param regimes the successive versions of the scope rules, oldest first
 * @param sanctions the penalties per language (file key {@code penalties})
 * @param source official source address
 * @param asOf date the entry was last checked against its sources
 * @param verified false when some fact of the entry could not be checked against a primary source
 * @param notes what is simplified, unverified or pending
 * @param importThresholds Annex I volume thresholds (EU conflict minerals only; empty otherwise)
 * @param wholeCodes CN codes (digits) all of whose goods fall under Annex I rows (file key {@code
 *     whole_codes}): an import line coded under one of them cannot be outside the Annex
 * @param origin where the entry was read from (file name), for messages
 */
public record Regulation(
    String id,
    Names names,
    Names citation,
    String jurisdiction,
    boolean voluntary,
    Optional<LocalDate> adopted,
    List<KeyDate> keyDates,
    List<MineralId> minerals,
    List<String> products,
    List<ScopeRegime> regimes,
    List<Obligation> obligations,
    Names sanctions,
    URI source,
    LocalDate asOf,
    boolean verified,
    List<Names> notes,
    List<ImportThreshold> importThresholds,
    List<String> wholeCodes,
    String origin) {

  public Regulation {
    new RegulationId(id); // refuses an id that is not one
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(adopted, "adopted");
    Objects.requireNonNull(sanctions, "sanctions");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(origin, "origin");
    keyDates = List.copyOf(keyDates);
    minerals = List.copyOf(minerals);
    products = List.copyOf(products);
    regimes = regimes.stream().sorted(Comparator.comparing(ScopeRegime::inEffectFrom)).toList();
    obligations = List.copyOf(obligations);
    notes = List.copyOf(notes);
    importThresholds = List.copyOf(importThresholds);
    wholeCodes = wholeCodes.stream().map(ImportThreshold::digits).toList();
    if (regimes.isEmpty()) {
      throw new IllegalArgumentException("text " + id + " has no scope regime");
    }
  }

  /** The id as a typed id. */
  public RegulationId regulationId() {
    return new RegulationId(id);
  }

  /** The title in this language, else in English. */
  public String name(Locale locale) {
    return names.in(locale);
  }

  /** The official reference in English (the CLI's JSON field {@code reference}). */
  public String reference() {
    return citation.english();
  }

  /** The official reference in this language, else in English. */
  public String reference(Locale locale) {
    return citation.in(locale);
  }

  /** The penalties in English (the CLI's JSON field {@code penalties}). */
  public String penalties() {
    return sanctions.english();
  }

  /** The penalties in this language, else in English. */
  public String penalties(Locale locale) {
    return sanctions.in(locale);
  }

  /** This text as a term ({@code regulation}/id), named from its file. */
  public Term term() {
    return Term.of(KIND, id);
  }

  /** The kind of regulation terms. */
  public static final String KIND = "regulation";

  /** The kind of official reference terms, with the text's id: its citation per language. */
  public static final String CITATION = "regulation_citation";

  /** The kind of Annex I row terms, with ids {@code <text id>#<row index>}. */
  public static final String ANNEX_ROW = "annex_i_row";

  /** Row {@code index} of the import thresholds as a term, named by its description. */
  public Term annexRow(int index) {
    return Term.of(ANNEX_ROW, id + "#" + index);
  }

  /** The kind of scope regime terms, with ids {@code <text id>#<regime id>}: what the version is. */
  public static final String REGIME = "regulation_regime";

  /** The kind of Annex I row note terms, with ids {@code <text id>#<row index>}. */
  public static final String ANNEX_NOTE = "annex_i_note";

  /** A version of this text's scope rules as a term, named by its label. */
  public Term regime(ScopeRegime regime) {
    return Term.of(REGIME, id + "#" + regime.id());
  }

  /** The note of Annex I row {@code index} as a term (rows without a note are named by their id). */
  public Term annexNote(int index) {
    return Term.of(ANNEX_NOTE, id + "#" + index);
  }

  /** Names this text's title, its regimes and its Annex I rows and notes in any language its file gives. */
  public TermNames termNames() {
    return (kind, term, locale) -> {
      if (kind.equals(KIND) && term.equals(id)) return names.exactly(locale);
      if (kind.equals(CITATION) && term.equals(id)) return citation.exactly(locale);
      if (kind.equals(REGIME) && term.startsWith(id + "#")) {
        String regimeId = term.substring(id.length() + 1);
        return regimes.stream().filter(r -> r.id().equals(regimeId)).findFirst()
            .flatMap(r -> r.label().exactly(locale));
      }
      if (kind.equals(ANNEX_NOTE) && term.startsWith(id + "#")) {
        int i = Integer.parseInt(term.substring(id.length() + 1));
        return i < importThresholds.size()
            ? importThresholds.get(i).note().flatMap(n -> n.exactly(locale)) : Optional.empty();
      }
      if (kind.equals(ANNEX_ROW) && term.startsWith(id + "#")) {
        int i = Integer.parseInt(term.substring(id.length() + 1));
        return i < importThresholds.size() ? importThresholds.get(i).description().exactly(locale) : Optional.empty();
      }
      return Optional.empty();
    };
  }

  /** The version of the scope rules in effect on {@code date}; empty before the first one. */
  public Optional<ScopeRegime> regimeAt(LocalDate date) {
    ScopeRegime found = null;
    for (ScopeRegime r : regimes) {
      if (!r.inEffectFrom().isAfter(date)) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The status on {@code date}: voluntary texts are always {@link RegulationStatus#VOLUNTARY};
   * before adoption a text is {@link RegulationStatus#PROPOSED}; once adopted it is {@link
   * RegulationStatus#ADOPTED_NOT_APPLICABLE} until the earliest application date of the regime in
   * effect, and {@link RegulationStatus#IN_FORCE} from that date.
   */
  public RegulationStatus status(LocalDate date) {
    if (voluntary) {
      return RegulationStatus.VOLUNTARY;
    }
    return regimeAt(date)
        .map(
            r ->
                r.firstApplication().isAfter(date)
                    ? RegulationStatus.ADOPTED_NOT_APPLICABLE
                    : RegulationStatus.IN_FORCE)
        .orElse(
            adopted.isPresent() && !adopted.get().isAfter(date)
                ? RegulationStatus.ADOPTED_NOT_APPLICABLE
                : RegulationStatus.PROPOSED);
  }

  /** A dated milestone (adoption, application, postponement), shown to users, per language. */
  public record KeyDate(LocalDate date, Names text, boolean verified) {
    public KeyDate {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One obligation of a text.
   *
   * @param oecdStep the OECD due diligence step (1 to 5) it belongs to, when relevant
   * @param solutions ids of the solutions (practices) that fulfil it, for the gap analysis
   */
  public record Obligation(
      String id, Names text, Optional<Integer> oecdStep, List<String> solutions) {
    public Obligation {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(oecdStep, "oecdStep");
      solutions = List.copyOf(solutions);
      oecdStep.ifPresent(
          s -> {
            if (s < 1 || s > 5) {
              throw new IllegalArgumentException("OECD step must be 1 to 5, not " + s);
            }
          });
    }
  }
}
