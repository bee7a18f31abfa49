package fr.vigie.engine.declaration.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/** The cells of one sheet that were kept (sparse), addressed by 1-based row and 0-based column. */
public final class Grid {
  private final String sheet;
  private final Map<Long, Cell> cells = new HashMap<>();
  private int lastRow;

  Grid(String sheet) {
    this.sheet = sheet;
  }

  public String sheet() {
    return sheet;
  }

  void put(int row, int col, Cell c) {
    cells.put(key(row, col), c);
    lastRow = Math.max(lastRow, row);
  }

  /** Last 1-based row holding a kept cell (0 when the sheet is empty). */
  public int lastRow() {
    return lastRow;
  }

  public Optional<Cell> cell(int row, int col) {
    return Optional.ofNullable(cells.get(key(row, col)));
  }

  /** Cell by A1 reference, e.g. {@code D8}. */
  public Optional<Cell> cell(String a1) {
    CellReference r = new CellReference(a1);
    return cell(r.getRow() + 1, r.getCol());
  }

  /** Trimmed text of a cell, empty when absent. */
  public String text(int row, int col) {
    return cell(row, col).map(c -> clean(c.text())).orElse("");
  }

  public String text(String a1) {
    return cell(a1).map(c -> clean(c.text())).orElse("");
  }

  /** Trims and folds non-breaking spaces, which suppliers paste from web pages. */
  static String clean(String s) {
    return s.replace('\u00A0', ' ').strip();
  }

  public int size() {
    return cells.size();
  }

  private static long key(int row, int col) {
    return ((long) row << 16) | col;
  }

  /** A1 reference of a 1-based row and 0-based column. */
  public static String a1(int row, int col) {
    return CellReference.convertNumToColString(col) + row;
  }
}
