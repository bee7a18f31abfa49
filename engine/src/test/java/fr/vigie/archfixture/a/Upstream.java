package fr.vigie.archfixture.a;

import fr.vigie.archfixture.b.Downstream;

/**
 * Half of a deliberate package cycle ({@code a -> b -> a}) that ArchitectureTests uses to show its
 * no-cycle rule fails when a cycle exists. Test code only; never part of the engine.
 */
public final class Upstream {
  private Upstream() {}

  public static Downstream next() {
    return Downstream.create();
  }
}
