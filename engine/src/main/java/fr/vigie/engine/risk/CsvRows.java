package fr.vigie.engine.risk;

import fr.vigie.engine.VigieException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small reader for the CSV files users bring to the risk engine (custom indicators, import
 * quantities): comma separated, optional double quotes around a cell ({@code "Congo, D.R."}),
 * UTF-8 with or without a byte-order mark, blank lines and lines starting with {@code #} skipped,
 * a header line first. Errors name the file and the line.
 *
 * @param file the file read, for messages
 * @param header the header cells, lower case and trimmed
 * @param rows the data rows
 */
public record CsvRows(Path file, List<String> header, List<Row> rows) {

  /** One data row with its 1-based line number in the file. */
  public record Row(int line, List<String> cells) {
    public String cell(int index) {
      return index < cells.size() ? cells.get(index).trim() : "";
    }
  }

  public CsvRows {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Reads a file whose header must start with the {@code required} columns in that order and may
   * then have the {@code optional} ones.
   */
  public static CsvRows read(Path file, List<String> required, List<String> optional) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VigieException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (i == 0 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank() || text.stripLeading().startsWith("#")) {
        continue;
      }
      List<String> cells = split(text, file, i + 1);
      if (header == null) {
        header = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        checkHeader(file, i + 1, header, required, optional);
      } else {
        if (cells.size() > header.size()) {
          throw new VigieException(file + ":" + (i + 1) + ": " + cells.size()
              + " cells but the header has " + header.size());
        }
        rows.add(new Row(i + 1, cells));
      }
    }
    if (header == null) {
      throw new VigieException(file + ": the file is empty (expected a header " + String.join(",", required) + ")");
    }
    if (rows.isEmpty()) {
      throw new VigieException(file + ": no data line after the header");
    }
    return new CsvRows(file, header, rows);
  }

  /** Whether the header has the column. */
  public boolean has(String column) {
    return header.contains(column);
  }

  /** The position of a column, or -1. */
  public int column(String name) {
    return header.indexOf(name);
  }

  /** Parses a finite number in a cell, or fails naming the file, line and column. */
  public double number(Row row, String columnName) {
    String text = row.cell(column(columnName));
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new VigieException(file + ":" + row.line() + ": " + columnName + " '" + text + "' is not a number");
  }

  private static void checkHeader(Path file, int line, List<String> header, List<String> required, List<String> optional) {
    boolean ok = header.size() >= required.size() && header.size() <= required.size() + optional.size();
    for (int i = 0; ok && i < header.size(); i++) {
      String expected = i < required.size() ? required.get(i) : optional.get(i - required.size());
      ok = header.get(i).equals(expected);
    }
    if (!ok) {
      List<String> all = new ArrayList<>(required);
      all.addAll(optional.stream().map(o -> "[" + o + "]").toList());
      throw new VigieException(file + ":" + line + ": header must be " + String.join(",", all)
          + ", got " + String.join(",", header));
    }
  }

  private static List<String> split(String text, Path file, int line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"' && cell.toString().isBlank()) {
        quoted = true;
        cell.setLength(0);
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      throw new VigieException(file + ":" + line + ": unclosed double quote");
    }
    cells.add(cell.toString());
    return cells;
  }
}
