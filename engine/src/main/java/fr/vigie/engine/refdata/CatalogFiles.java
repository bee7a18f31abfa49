package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.io.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads and validates {@code catalog.csv}. */
final class CatalogFiles {
  static final String CATALOG = "catalog.csv";
  private static final Set<String> KINDS = Set.of("dataset", "publication", "assessment");

  private CatalogFiles() {}

  static DataCatalog load(RefSource source) {
    Csv.Table t =
        source
            .table(CATALOG)
            .requireColumns(
                "id", "kind", "year", "licence", "url", "retrieval", "transformation", "redistributable")
            .requireColumns(LanguageColumns.required("title"))
            .requireColumns(LanguageColumns.required("publisher"));
    List<Dataset> list = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Csv.Row r : t.rows()) {
      String id = r.required("id");
      if (!id.matches("[a-z0-9][a-z0-9-]*")) {
        throw r.problem("id", "refdata.bad_catalog_id", "id", id);
      }
      if (!seen.add(id)) {
        throw r.problem("id", "refdata.listed_twice", "id", id);
      }
      String kind = r.required("kind");
      if (!KINDS.contains(kind)) {
        throw r.problem("kind", "refdata.bad_catalog_kind", "kind", kind);
      }
      list.add(
          new Dataset(
              id, kind, LanguageColumns.names(t, r, "title"), LanguageColumns.names(t, r, "publisher"),
              r.integer("year"),
              r.required("licence"), r.required("url"), r.required("retrieval"),
              r.required("transformation"), r.bool("redistributable")));
    }
    return new DataCatalog(list);
  }

  /** Reads a required source id and checks it is in the catalog. */
  static String source(Csv.Row row, String column, DataCatalog catalog) {
    String id = row.required(column);
    if (!catalog.contains(id)) {
      throw row.problem(column, "refdata.unknown_reference", column, Text.of("refdata.kind.source"), id, CATALOG);
    }
    return id;
  }
}
