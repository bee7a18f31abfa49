package fr.vigie.engine.declaration.read;

import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.Finding;
import java.util.List;

/** What the reader produced: the declaration, its layout, and findings about reading itself. */
public record ReadOutcome(Declaration declaration, Layout layout, List<Finding> findings) {
  public ReadOutcome {
    findings = List.copyOf(findings);
  }
}
