package fr.vigie.engine.declaration.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first sheet of any workbook ({@code .xlsx} or {@code .xls}) as rows of trimmed texts, read
 * through the same safe loader as the declarations (size limit, zip-bomb policy, cached values).
 * For tables users download, such as the RMI's smelter/refiner list.
 */
public final class SheetRows {
  private SheetRows() {}

  /**
   * Rows of the first sheet, 1-based row {@code i + 1} at index {@code i} (blank rows are empty
   * lists), first {@code columns} columns. Throws {@link UnreadableFileException} for a file that
   * is not a readable workbook.
   */
  public static List<List<String>> firstSheet(Path file, ReadLimits limits, int columns) {
    WorkbookData wb = new WorkbookLoader(limits).load(file,
        Map.of(WorkbookLoader.FIRST_SHEET, new WorkbookLoader.SheetRequest(columns, limits.maxRows() + 1)));
    List<List<String>> out = new ArrayList<>();
    Grid g = wb.grids().isEmpty() ? null : wb.grids().values().iterator().next();
    if (g == null) {
      return out;
    }
    for (int r = 1; r <= g.lastRow(); r++) {
      List<String> row = new ArrayList<>();
      int last = -1;
      for (int c = 0; c < columns; c++) {
        String t = g.text(r, c);
        row.add(t);
        if (!t.isEmpty()) {
          last = c;
        }
      }
      out.add(last < 0 ? List.of() : List.copyOf(row.subList(0, last + 1)));
    }
    return out;
  }
}
