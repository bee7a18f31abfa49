package fr.vigie.engine.declaration;

import java.util.Locale;

/** How serious a finding is: an error makes the declaration incomplete or unusable. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Lower-case id used in JSON and exports ({@code error}, {@code warning}, {@code info}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
