package fr.vigie.engine.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import read and what it found wrong.
 *
 * @param source the file name
 * @param format {@code csv} or {@code xlsx}
 * @param encoding the encoding used ({@code UTF-8} for XLSX)
 * @param delimiter the CSV delimiter detected ({@code ","}, {@code ";"} or {@code "\t"}); empty for
 *     XLSX
 * @param columns the file's header for each field found
 * @param ignoredColumns headers that name no ledger field (kept out of the import)
 * @param dataLines data lines read (blank lines not counted)
 * @param acceptedLines lines that entered the ledger (0 when a file is refused)
 * @param invalidLines lines with at least one error
 * @param errorCount all errors found (may exceed the listed ones)
 * @param errors the first errors, in file order, up to the listing cap
 */
public record ImportReport(
    String source,
    String format,
    String encoding,
    String delimiter,
    Map<LedgerField, String> columns,
    List<String> ignoredColumns,
    long dataLines,
    long acceptedLines,
    long invalidLines,
    long errorCount,
    List<LineError> errors) {

  public ImportReport {
    Objects.requireNonNull(source, "source");
    columns = Map.copyOf(columns);
    ignoredColumns = List.copyOf(ignoredColumns);
    errors = List.copyOf(errors);
  }

  /** Errors found but not listed because of the cap. */
  public long unlistedErrors() {
    return errorCount - errors.size();
  }
}
