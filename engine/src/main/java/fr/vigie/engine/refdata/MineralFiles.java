package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.io.Csv;
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
        throw r.problem("id", "refdata.listed_twice", "id", id);
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
    Set<MineralId> seen = new HashSet<>();
    for (Csv.Row r : t.rows()) {
      MineralId id = id(r, "id");
      if (!seen.add(id)) {
        throw r.problem("id", "refdata.listed_twice", "id", id.value());
      }
      Optional<MineralId> group = Optional.empty();
      if (!r.get("group").isEmpty()) {
        group = Optional.of(id(r, "group"));
        if (!ids.contains(group.get().value())) {
          throw r.problem("group", "refdata.unknown_reference", "group", Text.of("refdata.kind.mineral"), group.get(), MINERALS);
        }
      }
      List<String> regs = list(r, "regulations");
      for (String reg : regs) {
        if (!regulations.contains(reg)) {
          throw r.problem("regulations", "refdata.unknown_reference", "regulations", Text.of("refdata.kind.regulation"), reg, REGULATIONS);
        }
      }
      Map<String, List<String>> uses = LanguageColumns.lists(t, r, "uses", column -> list(r, column));
      if (!uses.containsKey("en") || !uses.containsKey("fr")) {
        String columns = String.join("/", LanguageColumns.required("uses"));
        throw r.problem(columns, "refdata.uses_both_languages", columns);
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
      throw e.placed(source.display(MINERALS), null);
    }
  }

  static MineralId id(Csv.Row r, String column) {
    String v = r.required(column);
    try {
      return new MineralId(v);
    } catch (ProblemException e) {
      throw r.placed(column, e);
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
