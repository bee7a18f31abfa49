package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a ledger file.
 *
 * @param encoding the text encoding of a CSV file: UTF-8 (default, validated) or windows-1252
 * @param skipInvalid accept the valid lines and report the others, instead of refusing the file
 * @param maxBytes files larger than this are refused before reading
 * @param maxListedErrors how many line errors are listed (all are counted)
 * @param mapping header names of the file for fields whose header is not a known English or French
 *     name ({@code material -> "Metal"})
 * @param sheet the XLSX sheet to read; the first one when empty
 */
public record LedgerOptions(
    Charset encoding,
    boolean skipInvalid,
    long maxBytes,
    int maxListedErrors,
    Map<LedgerField, String> mapping,
    Optional<String> sheet) {

  /** Two GiB: a larger ledger is refused before any byte is read. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024 * 1024;

  public static final int DEFAULT_MAX_LISTED_ERRORS = 100;

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public LedgerOptions {
    Objects.requireNonNull(encoding, "encoding");
    if (!encoding.equals(StandardCharsets.UTF_8) && !encoding.equals(WINDOWS_1252)) {
      throw new ProblemException(Problem.error("ledger.encoding", encoding.name()));
    }
    if (maxBytes <= 0) {
      throw new ProblemException(Problem.error("ledger.max_size", maxBytes));
    }
    if (maxListedErrors < 0) {
      throw new ProblemException(Problem.error("ledger.max_errors"));
    }
    mapping = mapping.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(mapping));
    Objects.requireNonNull(sheet, "sheet");
  }

  /** UTF-8, all or nothing, 2 GiB limit, 100 listed errors, usual headers, first sheet. */
  public static LedgerOptions defaults() {
    return new LedgerOptions(
        StandardCharsets.UTF_8, false, DEFAULT_MAX_BYTES, DEFAULT_MAX_LISTED_ERRORS, Map.of(),
        Optional.empty());
  }

  public LedgerOptions withEncoding(Charset value) {
    return new LedgerOptions(value, skipInvalid, maxBytes, maxListedErrors, mapping, sheet);
  }

  /** Parses an encoding name: {@code utf-8}, {@code windows-1252} (or {@code cp1252}). */
  public LedgerOptions withEncoding(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "utf-8", "utf8" -> withEncoding(StandardCharsets.UTF_8);
      case "windows-1252", "cp1252", "cp-1252", "windows1252" -> withEncoding(WINDOWS_1252);
      default ->
          throw new ProblemException(Problem.error("ledger.encoding", name));
    };
  }

  public LedgerOptions withSkipInvalid(boolean value) {
    return new LedgerOptions(encoding, value, maxBytes, maxListedErrors, mapping, sheet);
  }

  public LedgerOptions withMaxBytes(long value) {
    return new LedgerOptions(encoding, skipInvalid, value, maxListedErrors, mapping, sheet);
  }

  public LedgerOptions withMaxListedErrors(int value) {
    return new LedgerOptions(encoding, skipInvalid, maxBytes, value, mapping, sheet);
  }

  public LedgerOptions withMapping(Map<LedgerField, String> value) {
    return new LedgerOptions(encoding, skipInvalid, maxBytes, maxListedErrors, value, sheet);
  }

  public LedgerOptions withSheet(String value) {
    return new LedgerOptions(
        encoding, skipInvalid, maxBytes, maxListedErrors, mapping, Optional.ofNullable(value));
  }

  /**
   * Parses a mapping option {@code material=Metal,mass_kg=Qty}: field id, '=', header of the file.
   */
  public static Map<LedgerField, String> parseMapping(String text) {
    Map<LedgerField, String> m = new EnumMap<>(LedgerField.class);
    if (text == null || text.isBlank()) {
      return m;
    }
    for (String pair : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new ProblemException(Problem.error("ledger.bad_mapping", pair.strip()));
      }
      LedgerField f = LedgerField.fromId(pair.substring(0, eq));
      if (m.put(f, pair.substring(eq + 1).strip()) != null) {
        throw new ProblemException(Problem.error("ledger.mapped_twice", f.id()));
      }
    }
    return m;
  }
}
