package fr.vigie.engine.ledger;

import java.util.Objects;

/**
 * The outcome of a ledger import: the whole accepted ledger, or a refusal listing the errors.
 * With {@code skipInvalid}, a file with invalid lines is {@link Accepted} and its report lists what
 * was skipped.
 */
public sealed interface LedgerImport {

  ImportReport report();

  /** The ledger was accepted (every line, or every valid line with {@code skipInvalid}). */
  record Accepted(Ledger ledger, ImportReport report) implements LedgerImport {
    public Accepted {
      Objects.requireNonNull(ledger, "ledger");
      Objects.requireNonNull(report, "report");
    }
  }

  /** Nothing was imported; the report lists the errors. */
  record Rejected(ImportReport report) implements LedgerImport {
    public Rejected {
      Objects.requireNonNull(report, "report");
    }
  }
}
