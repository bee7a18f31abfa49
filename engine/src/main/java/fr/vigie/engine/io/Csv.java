package fr.vigie.engine.io;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's one small RFC 4180 CSV reader and writer, for the curated reference files and the
 * files users bring (custom indicators, imports, known smelters): comma separated, double-quoted
 * fields with doubled quotes, a header line, UTF-8 (a leading byte order mark is ignored). Every row
 * keeps the line number where it starts, so that problems name the file, the line and the column.
 * (Ledgers, which may hold millions of lines, have their own byte-level scanner reporting through
 * the same {@link Problem}s.)
 */
public final class Csv {
  private Csv() {}

  /**
   * A parsed table.
   *
   * @param file the name shown in error messages
   * @param header the column names of the first line
   * @param rows the data rows, in file order
   */
  public record Table(String file, List<String> header, List<Row> rows) {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }

    /** Fails unless every given column is in the header. */
    public Table requireColumns(String... columns) {
      for (String c : columns) {
        if (!header.contains(c)) {
          throw new ProblemException(
              Problem.error("csv.missing_column", c, String.join(", ", header)).at(file, 1).atPath(c));
        }
      }
      return this;
    }
  }

  /** One data row: values by column name, with the place used in error messages. */
  public static final class Row {
    private final String file;
    private final int line;
    private final Map<String, String> values;

    Row(String file, int line, Map<String, String> values) {
      this.file = file;
      this.line = line;
      this.values = Collections.unmodifiableMap(values);
    }

    public String file() {
      return file;
    }

    public int line() {
      return line;
    }

    /** "file:line" for messages. */
    public String place() {
      return file + ":" + line;
    }

    /** The trimmed value of the column, empty when the row is short or the cell empty. */
    public String get(String column) {
      String v = values.get(column);
      return v == null ? "" : v.trim();
    }

    /** The trimmed value, refused when empty. */
    public String required(String column) {
      String v = get(column);
      if (v.isEmpty()) {
        throw problem(column, "csv.empty_cell", column);
      }
      return v;
    }

    /** A number, refused when empty or malformed. */
    public double number(String column) {
      String v = required(column);
      try {
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
          throw problem(column, "csv.not_finite", column, v);
        }
        return d;
      } catch (NumberFormatException e) {
        throw problem(column, "csv.bad_number", column, v);
      }
    }

    /** An integer, refused when empty or malformed. */
    public int integer(String column) {
      String v = required(column);
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw problem(column, "csv.bad_integer", column, v);
      }
    }

    /** {@code true} or {@code false}, refused otherwise. */
    public boolean bool(String column) {
      String v = required(column);
      return switch (v) {
        case "true" -> true;
        case "false" -> false;
        default -> throw problem(column, "csv.bad_boolean", column, v);
      };
    }

    /** A problem with its own code and arguments at this row, in {@code column} (or null). */
    public ProblemException problem(String column, String code, Object... args) {
      Problem p = Problem.error(code, args).at(file, line);
      return new ProblemException(column == null ? p : p.atPath(column));
    }

    /**
     * The problems of {@code e} (thrown while reading the value of {@code column}) placed at this
     * row and column.
     */
    public ProblemException placed(String column, ProblemException e) {
      return new ProblemException(
          e.problems().stream().map(p -> p.at(file, line)).map(p -> column == null ? p : p.atPath(column)).toList(),
          e);
    }

    /**
     * A problem at this row and column whose text is the English {@code problem} (code {@code
     * untranslated}); prefer {@link #problem}.
     */
    public ProblemException error(String column, String problem) {
      return problem(column, "untranslated", "column '" + column + "' " + problem);
    }

    /** A problem at this row whose text is the English {@code problem}; prefer {@link #problem}. */
    public ProblemException error(String problem) {
      return problem(null, "untranslated", problem);
    }
  }

  /** Parses a whole file's text; the first line is the header. */
  public static Table parse(String file, String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      int start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      boolean endOfRecord = false;
      while (i < n && !endOfRecord) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              cell.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append(c);
          }
        } else if (c == '"' && cell.isEmpty()) {
          quoted = true;
        } else if (c == ',') {
          fields.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          line++;
          endOfRecord = true;
        } else {
          cell.append(c);
        }
        i++;
      }
      if (quoted) {
        throw new ProblemException(Problem.error("csv.unclosed_quote").at(file, start));
      }
      fields.add(cell.toString());
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue; // blank line
      }
      records.add(fields);
      lines.add(start);
    }
    if (records.isEmpty()) {
      throw new ProblemException(Problem.error("csv.empty").at(file, 1));
    }
    List<String> header = records.get(0).stream().map(String::trim).toList();
    List<Row> rows = new ArrayList<>(records.size() - 1);
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      if (fields.size() > header.size()) {
        throw new ProblemException(
            Problem.error("csv.too_many_fields", Integer.toString(fields.size()), Integer.toString(header.size()))
                .at(file, lines.get(r)));
      }
      Map<String, String> values = new HashMap<>();
      for (int f = 0; f < fields.size(); f++) {
        values.put(header.get(f), fields.get(f));
      }
      rows.add(new Row(file, lines.get(r), values));
    }
    return new Table(file, header, rows);
  }

  /**
   * A cell value that a spreadsheet will show as text, never run as a formula (CSV injection): a
   * value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
   * single quote in front, as the OWASP "CSV Injection" page advises
   * (https://owasp.org/www-community/attacks/CSV_Injection). Used for files people open in a
   * spreadsheet that carry text from outside (supplier declarations); {@link #fromSpreadsheetSafe}
   * undoes it when such a file is read back.
   */
  public static String spreadsheetSafe(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    return isFormulaStart(value.charAt(0)) ? "'" + value : value;
  }

  /** The value {@link #spreadsheetSafe} was given: a quote before a formula character is removed. */
  public static String fromSpreadsheetSafe(String value) {
    return value.length() > 1 && value.charAt(0) == '\'' && isFormulaStart(value.charAt(1))
        ? value.substring(1)
        : value;
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /** {@link #line} with every field made {@link #spreadsheetSafe}. */
  public static String spreadsheetSafeLine(List<String> fields) {
    return line(fields.stream().map(Csv::spreadsheetSafe).toList());
  }

  /** Formats one record, quoting fields that need it; ends with a line feed. */
  public static String line(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int f = 0; f < fields.size(); f++) {
      if (f > 0) {
        sb.append(',');
      }
      String v = fields.get(f) == null ? "" : fields.get(f);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    return sb.append('\n').toString();
  }
}
