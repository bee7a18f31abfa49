package fr.vigie.engine.declaration.read;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the country text of a template (RMI spellings such as {@code "Congo, Democratic Republic
 * of the"} or {@code "Bolivia (Plurinational State of)"}, or a supplier's own) into ISO alpha-3
 * codes through the {@link Countries} registry.
 */
public final class CountryResolver {
  private final Countries countries;
  /** Most spellings remembered; the least used go first. */
  static final int KEPT = 10_000;

  /**
   * Suppliers write the same few country spellings again and again: the answers are kept, keyed by
   * the text as written (the registry never changes, so nothing is invalidated).
   */
  private final Cache<String, Optional<String>> memo = Caffeine.newBuilder().maximumSize(KEPT).build();

  public CountryResolver(Countries countries) {
    this.countries = countries;
  }

  public Countries countries() {
    return countries;
  }

  /** One country; empty when not recognised. */
  public Optional<String> alpha3(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return memo.get(text, t -> lookup(t.strip()));
  }

  private Optional<String> lookup(String t) {
    Optional<Country> c = countries.find(t);
    if (c.isEmpty() && t.contains("(")) {
      c = countries.find(t.substring(0, t.indexOf('(')));
    }
    if (c.isEmpty() && t.contains(",")) {
      int i = t.indexOf(',');
      String reordered = t.substring(i + 1).strip() + " " + t.substring(0, i).strip();
      c = countries.find(reordered);
      if (c.isEmpty()) {
        c = countries.find(t.substring(0, i));
      }
    }
    return c.map(Country::alpha3);
  }

  /** Whether the text says recycled or scrap material rather than a country. */
  public static boolean isRecycled(String text) {
    String k = Values.key(text);
    return k.startsWith("recycl") || k.startsWith("scrap") || k.startsWith("rebut") || k.startsWith("回收")
        || k.startsWith("报废") || k.startsWith("reciclad") || k.startsWith("schrott");
  }

  /** Several countries written in one cell (mine country column), separated by ; / or line breaks. */
  public Resolved many(String text) {
    Set<String> codes = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new Resolved(List.of(), List.of());
    }
    Optional<String> whole = alpha3(text);
    if (whole.isPresent()) {
      return new Resolved(List.of(whole.get()), List.of());
    }
    for (String part : text.split("[;/|\\n]+")) {
      if (part.isBlank()) {
        continue;
      }
      Optional<String> one = alpha3(part);
      if (one.isPresent()) {
        codes.add(one.get());
        continue;
      }
      for (String sub : part.split(",")) {
        if (sub.isBlank() || isRecycled(sub)) {
          continue;
        }
        alpha3(sub).ifPresentOrElse(codes::add, () -> unknown.add(sub.strip()));
      }
    }
    return new Resolved(List.copyOf(codes), List.copyOf(unknown));
  }

  /** Codes recognised and pieces of text not recognised. */
  public record Resolved(List<String> codes, List<String> unknown) {}
}
