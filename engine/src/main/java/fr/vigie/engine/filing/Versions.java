package fr.vigie.engine.filing;

/** The version of Vigie that draws up a filing. */
final class Versions {
  private Versions() {}

  /** The engine jar's version, {@code development} when run from classes. */
  static String vigie() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }
}
