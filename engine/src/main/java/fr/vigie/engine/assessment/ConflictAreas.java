package fr.vigie.engine.assessment;

import java.util.Objects;
import java.util.Set;

/**
 * The conflict-affected and high-risk areas the {@code cahra} alerts read: ISO alpha-3 codes and
 * where the list comes from. The facade ({@code Vigie}) fills it from the list of conflict-affected
 * and high-risk areas in use (its current default unless the caller gives another).
 *
 * @param alpha3 the countries on the list
 * @param source the list's name, source and date, shown with each alert
 */
public record ConflictAreas(Set<String> alpha3, String source) {
  /** No list: no {@code cahra} alert. */
  public static final ConflictAreas NONE = new ConflictAreas(Set.of(), "");

  public ConflictAreas {
    alpha3 = Set.copyOf(alpha3);
    Objects.requireNonNull(source, "source");
  }

  public boolean contains(String code) {
    return alpha3.contains(code);
  }
}
