package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import fr.vigie.engine.valuechain.MineralProcess;
import fr.vigie.engine.valuechain.ProcessRisk;
import fr.vigie.engine.valuechain.ProductionProcess;
import fr.vigie.engine.valuechain.RiskFactor;
import fr.vigie.engine.valuechain.ValueChain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and validates the hand-curated value chain files: {@code processes.csv}, {@code
 * risk-factors.csv}, {@code process-risks.csv} and {@code mineral-processes.csv}.
 */
final class ValueChainFiles {
  static final String PROCESSES = "processes.csv";
  static final String RISK_FACTORS = "risk-factors.csv";
  static final String PROCESS_RISKS = "process-risks.csv";
  static final String MINERAL_PROCESSES = "mineral-processes.csv";

  private ValueChainFiles() {}

  static ValueChain load(RefSource source, Minerals minerals, DataCatalog catalog) {
    Map<String, ProductionProcess> processes = new HashMap<>();
    List<ProductionProcess> processList = new ArrayList<>();
    Csv.Table processTable =
        source.table(PROCESSES).requireColumns("id", "stage", "description")
            .requireColumns(LanguageColumns.required("name"));
    for (Csv.Row r : processTable.rows()) {
      String id = slug(r, "id");
      ProductionProcess p =
          new ProductionProcess(
              id, parse(r, "stage", Stage::fromId), LanguageColumns.names(processTable, r, "name"),
              r.get("description"));
      if (processes.put(id, p) != null) {
        throw r.problem("id", "refdata.listed_twice", "id", id);
      }
      processList.add(p);
    }
    Map<String, RiskFactor> factors = new HashMap<>();
    List<RiskFactor> factorList = new ArrayList<>();
    Csv.Table factorTable =
        source.table(RISK_FACTORS).requireColumns("id", "category")
            .requireColumns(LanguageColumns.required("name"));
    for (Csv.Row r : factorTable.rows()) {
      String id = slug(r, "id");
      RiskFactor f =
          new RiskFactor(
              id, parse(r, "category", RiskCategory::fromId),
              LanguageColumns.names(factorTable, r, "name"));
      if (factors.put(id, f) != null) {
        throw r.problem("id", "refdata.listed_twice", "id", id);
      }
      factorList.add(f);
    }
    List<ProcessRisk> risks = new ArrayList<>();
    Set<String> seenCells = new HashSet<>();
    Csv.Table riskTable = source.table(PROCESS_RISKS);
    riskTable.requireColumns("process", "risk_factor", "mineral", "level", "source", "reference");
    riskTable.requireColumns(LanguageColumns.required("justification"));
    for (Csv.Row r : riskTable.rows()) {
      String process = known(r, "process", processes::containsKey, () -> PROCESSES);
      String factor = known(r, "risk_factor", factors::containsKey, () -> RISK_FACTORS);
      java.util.Optional<MineralId> mineral = r.get("mineral").isEmpty()
          ? java.util.Optional.empty() : java.util.Optional.of(knownMineral(r, "mineral", minerals));
      if (!seenCells.add(process + "/" + factor + "/" + mineral.map(MineralId::value).orElse(""))) {
        throw r.problem(null, "refdata.factor_graded_twice", factor, process);
      }
      String src = CatalogFiles.source(r, "source", catalog);
      String reference = r.get("reference");
      if (!src.equals(ProcessRisk.JUDGEMENT) && reference.isBlank()) {
        // a published source is cited with a stable place in it: chapter, annex, section, DOI
        throw r.problem("reference", "refdata.reference_missing", "reference", src);
      }
      risks.add(
          new ProcessRisk(
              process, factor, mineral, parse(r, "level", RiskLevel::fromId),
              LanguageColumns.names(riskTable, r, "justification"), src, reference));
    }
    List<MineralProcess> mineralProcesses = new ArrayList<>();
    Set<String> seenMp = new HashSet<>();
    Csv.Table mpTable = source.table(MINERAL_PROCESSES);
    mpTable.requireColumns("mineral", "stage", "process", "share", "source");
    mpTable.requireColumns(LanguageColumns.required("share_note"));
    for (Csv.Row r : mpTable.rows()) {
      MineralId mineral = knownMineral(r, "mineral", minerals);
      Stage stage = parse(r, "stage", Stage::fromId);
      String process = known(r, "process", processes::containsKey, () -> PROCESSES);
      if (processes.get(process).stage() != stage) {
        throw r.problem(
            "process", "refdata.process_stage_column", "process", process, processes.get(process).stage().id(), stage.id());
      }
      if (!seenMp.add(mineral + "/" + process)) {
        throw r.problem(null, "refdata.process_twice", process, mineral);
      }
      OptionalDouble share = OptionalDouble.empty();
      if (!r.get("share").isEmpty()) {
        double s = r.number("share");
        if (s < 0 || s > 1) {
          throw r.problem("share", "refdata.share_range", "share", s);
        }
        share = OptionalDouble.of(s);
      }
      mineralProcesses.add(
          new MineralProcess(
              mineral, stage, process, share, notes(mpTable, r),
              CatalogFiles.source(r, "source", catalog)));
    }
    return new ValueChain(processList, factorList, risks, mineralProcesses);
  }

  /** A row's {@code share_note_<language>} cells: none, or English and French at least. */
  private static Map<String, String> notes(Csv.Table table, Csv.Row r) {
    Map<String, String> notes = new java.util.LinkedHashMap<>();
    for (String language : LanguageColumns.languages(table, "share_note")) {
      String text = r.get("share_note_" + language);
      if (!text.isEmpty()) notes.put(language, text);
    }
    if (!notes.isEmpty()) {
      for (String column : LanguageColumns.required("share_note")) {
        r.required(column);
      }
    }
    return notes;
  }

  static String slug(Csv.Row r, String column) {
    String v = r.required(column);
    if (!v.matches("[a-z][a-z0-9_]*")) {
      throw r.problem(column, "refdata.bad_snake_id", column, v);
    }
    return v;
  }

  static <T> T parse(Csv.Row r, String column, Function<String, T> parser) {
    String v = r.required(column);
    try {
      return parser.apply(v);
    } catch (ProblemException e) {
      throw r.placed(column, e);
    }
  }

  private static String known(
      Csv.Row r, String column, java.util.function.Predicate<String> known, Supplier<String> file) {
    String v = r.required(column);
    if (!known.test(v)) {
      throw r.problem(column, "refdata.unknown_reference", column, Text.of("refdata.kind.id"), v, file.get());
    }
    return v;
  }

  static MineralId knownMineral(Csv.Row r, String column, Minerals minerals) {
    MineralId id = MineralFiles.id(r, column);
    if (minerals.find(id).isEmpty()) {
      throw r.problem(column, "refdata.unknown_reference", column, Text.of("refdata.kind.mineral"), id, MineralFiles.MINERALS);
    }
    return id;
  }
}
