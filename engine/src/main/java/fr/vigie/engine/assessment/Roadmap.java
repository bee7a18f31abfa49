package fr.vigie.engine.assessment;

import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Kind;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.RoadmapAction;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.solution.Horizon;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fifth stage: the phased roadmap, and how a new roadmap takes over from the previous one.
 *
 * <p>Every recommendation not in place becomes an action: a filiere's solutions as actions of the
 * filiere, obligations as one company-wide action per (text, obligation), naming the minerals the
 * text names when it names some. Each action has a stable {@link RoadmapAction#key() key} ({@code
 * cobalt:solution:emrt_survey}, {@code all:obligation:eu-crma/risk-assessment}) so that the roadmap
 * a company edits can be merged with the next assessment's ({@link #reconcile}).
 *
 * <p>Phases run from the roadmap start (the reference date): short term up to {@value
 * #SHORT_MONTHS} months, medium up to {@value #MEDIUM_MONTHS}, long up to {@value #LONG_MONTHS}. An
 * obligation that applies from a later date is due on that date; every other action is due within
 * its phase, the phase's months spread evenly over its actions in roadmap order (the first action
 * of a short phase of three due after two months, the last after six).
 */
public final class Roadmap {
  /** Months from the roadmap start to the end of the short-term phase. */
  public static final int SHORT_MONTHS = 6;
  /** Months from the roadmap start to the end of the medium-term phase. */
  public static final int MEDIUM_MONTHS = 18;
  /** Months from the roadmap start to the end of the long-term phase. */
  public static final int LONG_MONTHS = 36;

  private Roadmap() {}

  /** The key of company-wide actions' material. */
  public static final String COMPANY = "all";

  static List<RoadmapAction> of(List<Filiere> filieres, List<Recommendation> company, LocalDate date) {
    final class Draft {
      final Horizon phase;
      final int rank;
      final String material;
      final Recommendation r;
      final List<String> minerals = new ArrayList<>();
      LocalDate due;

      Draft(Horizon phase, int rank, String material, Recommendation r) {
        this.phase = phase;
        this.rank = rank;
        this.material = material;
        this.r = r;
      }

      String key() {
        return Roadmap.key(material, r.kind(), r.regulation().map(t -> t + "/" + r.id()).orElse(r.id()));
      }
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (Recommendation r : company) {
      if (!r.inPlace()) {
        Draft d = new Draft(r.horizon(), 0, COMPANY, r);
        drafts.putIfAbsent(d.key(), d);
      }
    }
    for (Filiere f : filieres) {
      for (Recommendation r : f.gap()) {
        Draft d = r.kind() == Kind.OBLIGATION
            ? new Draft(r.horizon(), 0, COMPANY, r)
            : new Draft(r.horizon(), f.rank(), f.material(), r);
        Draft kept = drafts.computeIfAbsent(d.key(), k -> d);
        if (r.kind() == Kind.OBLIGATION && !kept.minerals.contains(f.material())) {
          kept.minerals.add(f.material());
        }
      }
    }
    List<Draft> sorted = new ArrayList<>(drafts.values());
    sorted.sort(Comparator.comparing((Draft d) -> d.phase).thenComparingInt(d -> d.rank)
        .thenComparing(d -> d.r.kind()).thenComparing(d -> d.r.id()));
    for (Horizon phase : Horizon.values()) {
      List<Draft> spread = sorted.stream().filter(d -> d.phase == phase)
          .filter(d -> fixedDue(d.r, date).isEmpty()).toList();
      int from = switch (phase) {
        case SHORT -> 0;
        case MEDIUM -> SHORT_MONTHS;
        case LONG -> MEDIUM_MONTHS;
      };
      int to = switch (phase) {
        case SHORT -> SHORT_MONTHS;
        case MEDIUM -> MEDIUM_MONTHS;
        case LONG -> LONG_MONTHS;
      };
      for (int i = 0; i < spread.size(); i++) {
        spread.get(i).due = date.plusMonths(from + spreadMonths(to - from, i, spread.size()));
      }
    }
    sorted.forEach(d -> fixedDue(d.r, date).ifPresent(x -> d.due = x));
    sorted.sort(Comparator.comparing((Draft d) -> d.phase).thenComparingInt(d -> d.rank)
        .thenComparing(d -> d.due).thenComparing(d -> d.r.kind()).thenComparing(d -> d.r.id()));
    List<RoadmapAction> out = new ArrayList<>();
    for (Draft d : sorted) {
      Recommendation r = d.r;
      Text why = r.justification();
      if (!d.minerals.isEmpty()) {
        why = Text.of("assessment.why.company_obligation", why,
            Phrases.list(d.minerals.stream().map(Phrases::mineral).toList()));
      }
      out.add(new RoadmapAction(d.phase, out.size() + 1, d.material, r.kind(), r.id(), r.title(),
          Phrases.scoped(why, d.material, d.rank), d.due, d.key()));
    }
    return out;
  }

  /**
   * Months after the phase's start that the {@code i}-th of {@code n} actions is due: the phase's
   * {@code months} spread evenly, rounded up, so that the last action is due at the phase's end.
   */
  static int spreadMonths(int months, int i, int n) {
    return (int) Math.ceil((double) months * (i + 1) / n);
  }

  /** An obligation that applies from a date after the roadmap start is due on that date. */
  private static Optional<LocalDate> fixedDue(Recommendation r, LocalDate date) {
    return r.kind() == Kind.OBLIGATION ? r.dueDate().filter(d -> d.isAfter(date)) : Optional.empty();
  }

  /**
   * The stable key of an action: {@code <material>:<kind>:<id>} with material {@value #COMPANY} for
   * company-wide actions and id {@code <text>/<obligation>} for obligations.
   */
  public static String key(String material, Kind kind, String id) {
    return material + ":" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }

  // ---------------------------------------------------------------- reconciliation

  /**
   * How the roadmap of a new assessment takes over from the previous one.
   *
   * @param kept actions of the new roadmap whose key the previous one had (the new version: the
   *     app keeps what people set on them and refreshes the rest)
   * @param added actions of the new roadmap the previous one did not have
   * @param retired actions of the previous roadmap the new one no longer has, with the reason
   */
  public record Reconciliation(List<RoadmapAction> kept, List<RoadmapAction> added, List<Retired> retired) {
    public Reconciliation {
      kept = List.copyOf(kept);
      added = List.copyOf(added);
      retired = List.copyOf(retired);
    }
  }

  /** An action of the previous roadmap that the new one no longer has, and why. */
  public record Retired(RoadmapAction action, Text reason) {
    public Retired {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Reconciles the roadmaps of two assessments of the same company (previous first). */
  public static Reconciliation reconcile(Assessment previous, Assessment next) {
    return reconcile(previous.roadmap(), next);
  }

  /**
   * Reconciles the actions of a previous roadmap with a new assessment's, by key. The reason an
   * action is retired, first that holds: its mineral is no longer bought; it was an obligation per
   * mineral, now one company-wide action; its text no longer applies to the company; no mineral
   * its text names is bought any more; it is now in place; it is no longer recommended for the
   * filiere.
   */
  public static Reconciliation reconcile(List<RoadmapAction> previous, Assessment next) {
    Set<String> before = previous.stream().map(RoadmapAction::key).collect(Collectors.toSet());
    Set<String> after = next.roadmap().stream().map(RoadmapAction::key).collect(Collectors.toSet());
    List<RoadmapAction> kept = new ArrayList<>();
    List<RoadmapAction> added = new ArrayList<>();
    for (RoadmapAction a : next.roadmap()) {
      (before.contains(a.key()) ? kept : added).add(a);
    }
    List<Retired> retired = new ArrayList<>();
    for (RoadmapAction a : previous) {
      if (!after.contains(a.key())) {
        retired.add(new Retired(a, reason(a, next)));
      }
    }
    return new Reconciliation(kept, added, retired);
  }

  private static Text reason(RoadmapAction a, Assessment next) {
    boolean company = a.material().equals(COMPANY);
    if (!company && next.filiere(a.material()).isEmpty()) {
      return Text.of("assessment.retired.no_longer_bought", Phrases.mineral(a.material()));
    }
    if (a.kind() == Kind.OBLIGATION) {
      Optional<String> text = a.regulation();
      boolean applies = text.flatMap(t -> next.regulations().stream().filter(l -> l.id().value().equals(t)).findFirst())
          .map(Assessment.RegulationLine::bearsOnCompany).orElse(false);
      if (text.isPresent() && !applies) {
        return Text.of("assessment.retired.not_applicable", text.get());
      }
      Optional<Assessment.RegulationLine> line =
          text.flatMap(t -> next.regulations().stream().filter(l -> l.id().value().equals(t)).findFirst());
      if (line.isPresent() && !line.get().minerals().isEmpty()
          && line.get().minerals().stream().noneMatch(m -> next.filiere(m).isPresent())) {
        return Text.of("assessment.retired.no_mineral_named", text.get());
      }
      if (!company) {
        return Text.of("assessment.retired.merged");
      }
    }
    List<Recommendation> recs = company
        ? allRecommendations(next)
        : next.filiere(a.material()).map(Filiere::recommendations).orElse(List.of());
    boolean inPlace = recs.stream().anyMatch(r -> r.kind() == a.kind() && r.id().equals(a.id()) && r.inPlace());
    if (inPlace) {
      return Text.of("assessment.retired.in_place");
    }
    Localized scope = company ? Text.of("assessment.retired.the_company") : Phrases.mineral(a.material());
    return Text.of("assessment.retired.not_recommended", scope);
  }

  private static List<Recommendation> allRecommendations(Assessment a) {
    List<Recommendation> out = new ArrayList<>(a.companyObligations());
    a.filieres().forEach(f -> out.addAll(f.recommendations()));
    return out;
  }
}
