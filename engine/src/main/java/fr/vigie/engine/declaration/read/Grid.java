package fr.vigie.engine.declaration.read;

import java.util.ArrayList;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/** The cells of one sheet that were kept (sparse), addressed by 1-based row and 0-based column. */
public final class Grid {
  private static final int MAX_COLS = 64;
  private final String sheet;
  /** Rows by 1-based index, each an array of its kept columns (null when the row holds nothing). */
  private final ArrayList<Cell[]> rows = new ArrayList<>();
  private int lastRow;
  private int size;

  Grid(String sheet) {
    this.sheet = sheet;
  }

  public String sheet() {
    return sheet;
  }

  void put(int row, int col, Cell c) {
    if (row < 1 || col < 0 || col >= MAX_COLS) {
      return;
    }
    while (rows.size() <= row) {
      rows.add(null);
    }
    Cell[] r = rows.get(row);
    if (r == null || r.length <= col) {
      Cell[] bigger = new Cell[Math.max(col + 1, r == null ? 8 : r.length * 2)];
      if (r != null) {
        System.arraycopy(r, 0, bigger, 0, r.length);
      }
      r = bigger;
      rows.set(row, r);
    }
    if (r[col] == null) {
      size++;
    }
    r[col] = c;
    lastRow = Math.max(lastRow, row);
  }

  /** Last 1-based row holding a kept cell (0 when the sheet is empty). */
  public int lastRow() {
    return lastRow;
  }

  public Optional<Cell> cell(int row, int col) {
    return Optional.ofNullable(raw(row, col));
  }

  private Cell raw(int row, int col) {
    if (row < 1 || row >= rows.size() || col < 0) {
      return null;
    }
    Cell[] r = rows.get(row);
    return r == null || col >= r.length ? null : r[col];
  }

  /** Cell by A1 reference, e.g. {@code D8}. */
  public Optional<Cell> cell(String a1) {
    CellReference r = new CellReference(a1);
    return cell(r.getRow() + 1, r.getCol());
  }

  /** Trimmed text of a cell, empty when absent. */
  public String text(int row, int col) {
    Cell c = raw(row, col);
    return c == null ? "" : clean(c.text());
  }

  public String text(String a1) {
    return cell(a1).map(c -> clean(c.text())).orElse("");
  }

  /** Trims and folds non-breaking spaces, which suppliers paste from web pages. */
  static String clean(String s) {
    return s.indexOf('\u00A0') >= 0 ? s.replace('\u00A0', ' ').strip() : s.strip();
  }

  public int size() {
    return size;
  }

  /** A1 reference of a 1-based row and 0-based column. */
  public static String a1(int row, int col) {
    return CellReference.convertNumToColString(col) + row;
  }
}
