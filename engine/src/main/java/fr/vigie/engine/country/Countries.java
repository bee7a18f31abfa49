package fr.vigie.engine.country;

import fr.vigie.engine.kernel.CountryCode;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of countries: look-up by ISO alpha-2, alpha-3, numeric code, English or French name,
 * or an explicit alias (the spellings and codes that sources use, e.g. World Bank {@code ZAR} or the
 * EU study's {@code "Congo, D.R."}). Names and aliases are matched without case or accents.
 */
public final class Countries {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NON_ALNUM = Pattern.compile("[^A-Z0-9]+");

  private final Map<String, Country> byAlpha3;
  private final Map<String, Country> index;
  private final Map<String, String> withoutIso;

  /**
   * @param countries every country
   * @param aliases alias text to ISO alpha-3 code; an alias naming an unknown code is refused
   */
  public Countries(Collection<Country> countries, Map<String, String> aliases) {
    this(countries, aliases, Map.of());
  }

  /**
   * @param countries every country
   * @param aliases alias text to ISO alpha-3 code; an alias naming an unknown code is refused
   * @param withoutIso names and codes that sources use for entities with no ISO 3166-1 entry
   *     (Kosovo, disputed territories, dissolved states), each with a note saying why; looking one
   *     up fails with that note instead of a generic "unknown country"
   */
  public Countries(
      Collection<Country> countries, Map<String, String> aliases, Map<String, String> withoutIso) {
    Map<String, Country> a3 = new LinkedHashMap<>();
    Map<String, Country> idx = new HashMap<>();
    for (Country c : countries) {
      if (a3.put(c.alpha3(), c) != null) {
        throw new ProblemException(Problem.error("country.duplicate", c.alpha3()));
      }
      idx.put(key(c.alpha2()), c);
      idx.put(key(c.alpha3()), c);
      idx.put(String.format(Locale.ROOT, "%03d", c.numeric()), c);
      for (String name : c.names().byLanguage().values()) {
        idx.putIfAbsent(key(name), c);
      }
    }
    for (Map.Entry<String, String> e : aliases.entrySet()) {
      Country c = a3.get(e.getValue().toUpperCase(Locale.ROOT));
      if (c == null) {
        throw new ProblemException(Problem.error("country.alias_unknown_code", e.getKey(), e.getValue()));
      }
      idx.put(key(e.getKey()), c);
    }
    this.byAlpha3 = Collections.unmodifiableMap(a3);
    this.index = Map.copyOf(idx);
    Map<String, String> notIso = new HashMap<>();
    withoutIso.forEach((text, note) -> notIso.put(key(text), note));
    for (String k : notIso.keySet()) {
      if (idx.containsKey(k)) {
        throw new ProblemException(Problem.error("country.both_country_and_not_iso", k));
      }
    }
    this.withoutIso = Map.copyOf(notIso);
  }

  /** Every country, in the order given at construction. */
  public Collection<Country> all() {
    return byAlpha3.values();
  }

  public int size() {
    return byAlpha3.size();
  }

  /** Finds a country by code, name or alias; empty when nothing matches. */
  public Optional<Country> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Country direct = byAlpha3.get(text); // fast path for exact alpha-3 codes (curated files)
    if (direct != null) {
      return Optional.of(direct);
    }
    String k = key(text);
    Country c = index.get(k);
    if (c == null && k.matches("\\d{1,3}")) {
      c = index.get(String.format(Locale.ROOT, "%03d", Integer.parseInt(k)));
    }
    return Optional.ofNullable(c);
  }

  /** The country of an ISO alpha-3 code; empty when the reference data does not know it. */
  public Optional<Country> find(CountryCode code) {
    return Optional.ofNullable(byAlpha3.get(code.value()));
  }

  /** The country of an ISO alpha-3 code; refuses a code the reference data does not know. */
  public Country require(CountryCode code) {
    return find(code).orElseThrow(
        () -> new ProblemException(Problem.error("country.unknown", code.value())));
  }

  /** Like {@link #find} but refuses an unknown country with a message naming the text. */
  public Country require(String text) {
    return find(text)
        .orElseThrow(
            () ->
                new ProblemException(
                    withoutIsoEntry(text)
                        .map(note -> Problem.error("country.without_iso_entry", String.valueOf(text), note))
                        .orElse(Problem.error("country.unknown", String.valueOf(text)))));
  }

  /**
   * When the text names a known entity without an ISO 3166-1 entry (e.g. Kosovo, a disputed
   * territory), the note explaining it; empty otherwise (including for real countries).
   */
  public Optional<String> withoutIsoEntry(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(withoutIso.get(key(text)));
  }

  /** The list form, for callers that want a stable order. */
  public List<Country> list() {
    return List.copyOf(byAlpha3.values());
  }

  /** Normalised matching key: upper case, no accents, punctuation folded to single spaces. */
  static String key(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text.trim(), Normalizer.Form.NFD)).replaceAll("");
    s = NON_ALNUM.matcher(s.toUpperCase(Locale.ROOT).replace('&', ' ')).replaceAll(" ").trim();
    return s;
  }

}
