package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.VigieException;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and validates {@code minerals.csv} and {@code regulation-refs.csv}. */
final class MineralFiles {
  static final String MINERALS = "minerals.csv";
  static final String REGULATIONS = "regulation-refs.csv";

  private MineralFiles() {}

  static Minerals load(RefSource source) {
    Set<String> regulations = new HashSet<>();
    for (Csv.Row r : source.table(REGULATIONS).requireColumns("id", "title", "reference", "url").rows()) {
      String id = r.required("id");
      r.required("title");
      if (!regulations.add(id)) {
        throw r.error("id", "'" + id + "' is listed twice");
      }
    }
    Csv.Table t =
        source
            .table(MINERALS)
            .requireColumns(
                "id", "symbol", "group", "eu_critical", "eu_strategic",
                "eu_note", "regulations", "aliases")
            .requireColumns(LanguageColumns.required("name"))
            .requireColumns(LanguageColumns.required("uses"));
    List<Mineral> list = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    t.rows().forEach(r -> ids.add(r.get("id")));
    for (Csv.Row r : t.rows()) {
      MineralId id = id(r, "id");
      Optional<MineralId> group = Optional.empty();
      if (!r.get("group").isEmpty()) {
        group = Optional.of(id(r, "group"));
        if (!ids.contains(group.get().value())) {
          throw r.error("group", "names unknown mineral '" + group.get() + "'");
        }
      }
      List<String> regs = list(r, "regulations");
      for (String reg : regs) {
        if (!regulations.contains(reg)) {
          throw r.error("regulations", "names unknown regulation '" + reg + "' (not in " + REGULATIONS + ")");
        }
      }
      Map<String, List<String>> uses = LanguageColumns.lists(t, r, "uses", column -> list(r, column));
      if (!uses.containsKey("en") || !uses.containsKey("fr")) {
        throw r.error(String.join("/", LanguageColumns.required("uses")), "main uses are required in both languages");
      }
      list.add(
          new Mineral(
              id, LanguageColumns.names(t, r, "name"), r.get("symbol"), group,
              r.bool("eu_critical"), r.bool("eu_strategic"), r.get("eu_note"), regs, uses,
              list(r, "aliases")));
    }
    try {
      return new Minerals(list);
    } catch (ProblemException e) {
      throw new VigieException(source.display(MINERALS) + ": " + e.getMessage(), e);
    }
  }

  static MineralId id(Csv.Row r, String column) {
    String v = r.required(column);
    try {
      return new MineralId(v);
    } catch (ProblemException e) {
      throw r.error(column, e.getMessage());
    }
  }

  /** A semicolon-separated list; empty cells give an empty list. */
  static List<String> list(Csv.Row r, String column) {
    String v = r.get(column);
    if (v.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(v.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
