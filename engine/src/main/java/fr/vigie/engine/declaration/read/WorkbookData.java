package fr.vigie.engine.declaration.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sheet names of a workbook and the grids of the sheets that were asked for. */
record WorkbookData(List<String> sheetNames, Map<String, Grid> grids) {
  public WorkbookData {
    sheetNames = List.copyOf(sheetNames);
    grids = Map.copyOf(grids);
  }

  public Optional<Grid> grid(String sheet) {
    return Optional.ofNullable(grids.get(sheet));
  }
}
