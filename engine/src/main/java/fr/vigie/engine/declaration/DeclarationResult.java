package fr.vigie.engine.declaration;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The outcome of reading one file: a declaration with its findings, or a rejection with its reason. */
public sealed interface DeclarationResult {
  Path file();

  List<Finding> findings();

  /** The file was read as a template; {@code findings} holds validation results (may contain errors). */
  record Read(Path file, Declaration declaration, List<Finding> findings) implements DeclarationResult {
    public Read {
      Objects.requireNonNull(file);
      Objects.requireNonNull(declaration);
      findings = List.copyOf(findings);
    }
  }

  /** The file could not be read as a supported template (not Excel, encrypted, too large, modified...). */
  record Rejected(Path file, Finding reason) implements DeclarationResult {
    public Rejected {
      Objects.requireNonNull(file);
      Objects.requireNonNull(reason);
    }

    @Override
    public List<Finding> findings() {
      return List.of(reason);
    }
  }
}
