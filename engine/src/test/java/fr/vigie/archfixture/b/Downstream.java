package fr.vigie.archfixture.b;

import fr.vigie.archfixture.a.Upstream;

/** The other half of the deliberate cycle: {@code b} depends back on {@code a}. */
public final class Downstream {
  private Downstream() {}

  public static Downstream create() {
    return new Downstream();
  }

  public Downstream again() {
    return Upstream.next();
  }
}
