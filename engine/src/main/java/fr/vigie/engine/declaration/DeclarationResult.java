package fr.vigie.engine.declaration;

import fr.vigie.engine.kernel.Problem;
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

  /**
   * The file could not be read as a supported template (not Excel, encrypted, too large,
   * modified...). A modified template's reason names the sheet and cell where the layout expected
   * a label it did not find.
   */
  record Rejected(Path file, Finding reason) implements DeclarationResult {
    public Rejected {
      Objects.requireNonNull(file);
      Objects.requireNonNull(reason);
    }

    @Override
    public List<Finding> findings() {
      return List.of(reason);
    }

    /**
     * The refusal as a structured problem: code {@code declaration.rejected}, source the file name,
     * path {@code Sheet!Cell} when the reason is one cell (a moved row), argument the reason's text.
     */
    public Problem problem() {
      String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      Problem p = Problem.error("declaration.rejected", reason.text()).at(source, null);
      if (!reason.sheet().isEmpty()) {
        p = p.atPath(reason.cell().isEmpty() ? reason.sheet() : reason.sheet() + "!" + reason.cell());
      }
      return p;
    }
  }
}
