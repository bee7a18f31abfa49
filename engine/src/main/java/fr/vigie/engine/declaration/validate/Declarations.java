package fr.vigie.engine.declaration.validate;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.read.DeclarationReader;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.read.ReadOutcome;
import fr.vigie.engine.declaration.read.UnreadableFileException;
import fr.vigie.engine.kernel.Text;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and validates supplier declaration files. {@link #read} never throws for a bad file: every
 * problem (not Excel, encrypted, too large, zip bomb, unknown or modified template) becomes a
 * {@link DeclarationResult.Rejected} with a finding, so one bad file never stops a batch.
 *
 * <pre>{@code
 * Declarations d = new Declarations(countries, CahraList.loadDefault(), ReadLimits.DEFAULT, Clock.systemUTC());
 * DeclarationResult r = d.read(Path.of("supplier.xlsx"));
 * }</pre>
 */
public final class Declarations {
  private final DeclarationReader reader;
  private final DeclarationValidator validator;

  public Declarations(Countries countries, CahraList cahra, ReadLimits limits, Clock clock) {
    this.reader = new DeclarationReader(new CountryResolver(Objects.requireNonNull(countries)), limits);
    this.validator = new DeclarationValidator(Objects.requireNonNull(cahra), Objects.requireNonNull(clock));
  }

  /** Reads, then validates, one file. Thread-safe. */
  public DeclarationResult read(Path file) {
    try {
      ReadOutcome o = reader.read(file);
      List<Finding> findings = new ArrayList<>(o.findings());
      findings.addAll(validator.validate(o.declaration(), o.layout()));
      return new DeclarationResult.Read(file, o.declaration(), findings);
    } catch (UnreadableFileException e) {
      return new DeclarationResult.Rejected(file, new Finding(Severity.ERROR, e.ruleId(), e.sheet(), e.cell(), e.text()));
    } catch (RuntimeException | StackOverflowError e) {
      // Anything else is a damaged file that POI could not make sense of: report it, go on.
      String m = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new DeclarationResult.Rejected(file, Finding.ofFile(Severity.ERROR, "file-corrupt",
          Text.of("declaration.finding.file-corrupt.unreadable", m)));
    }
  }
}
