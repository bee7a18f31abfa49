package fr.vigie.engine.refdata;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.duediligence.CahraListing;
import fr.vigie.engine.duediligence.CahraRegion;
import fr.vigie.engine.duediligence.ConflictYear;
import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.duediligence.LabourFlag;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates {@code labour-flags.csv}, {@code cahra-eu.csv} and {@code conflict-years.csv}
 * (derived by the converter from the US DoL list, the EU CAHRA list and the UCDP/PRIO dataset).
 */
final class DueDiligenceFiles {
  static final String LABOUR_FLAGS = "labour-flags.csv";
  static final String CAHRA = "cahra-eu.csv";
  static final String CONFLICT_YEARS = "conflict-years.csv";
  /** Hand-maintained converter inputs: which goods map to which mineral, and Gleditsch-Ward codes. */
  static final String LABOUR_GOODS = "labour-goods.csv";
  static final String GLEDITSCH_WARD = "gleditsch-ward.csv";

  private DueDiligenceFiles() {}

  static DueDiligence load(RefSource source, Countries countries, Minerals minerals, DataCatalog catalog) {
    List<LabourFlag> flags = new ArrayList<>();
    Set<String> seenFlags = new HashSet<>();
    String labourSource = null;
    for (Csv.Row r : source.table(LABOUR_FLAGS).requireColumns("iso3", "good", "mineral", "stages",
        "child_labour", "forced_labour", "forced_child_labour", "source").rows()) {
      String iso3 = ProductionFiles.alpha3(r, countries);
      String good = r.required("good");
      Optional<MineralId> mineral = Optional.empty();
      String m = r.get("mineral").strip();
      if (!m.isEmpty()) {
        MineralId id = MineralId.of(m);
        if (minerals.find(id).isEmpty()) {
          throw r.problem("mineral", "refdata.unknown_reference", "mineral", Text.of("refdata.kind.mineral"), m,
              MineralFiles.MINERALS);
        }
        mineral = Optional.of(id);
      }
      Set<Stage> stages = EnumSet.noneOf(Stage.class);
      for (String s : r.get("stages").split(";")) {
        if (!s.isBlank()) {
          stages.add(ValueChainFiles.parse(r, "stages", x -> Stage.fromId(s.strip())));
        }
      }
      if (mineral.isPresent() == stages.isEmpty()) {
        throw r.problem("stages", "refdata.labour_mineral_use", "stages");
      }
      boolean child = r.bool("child_labour");
      boolean forced = r.bool("forced_labour");
      boolean forcedChild = r.bool("forced_child_labour");
      String src = CatalogFiles.source(r, "source", catalog);
      labourSource = src;
      if (!seenFlags.add(iso3 + "/" + good)) {
        throw r.problem("good", "refdata.listed_twice", "good", iso3 + " " + good);
      }
      flags.add(new LabourFlag(iso3, good, mineral, stages, child, forced, forcedChild, src));
    }

    Map<String, List<CahraRegion>> regions = new LinkedHashMap<>();
    Map<String, Boolean> whole = new LinkedHashMap<>();
    Map<String, String> cahraSource = new LinkedHashMap<>();
    LocalDate asOf = null;
    String anyCahraSource = null;
    for (Csv.Row r : source.table(CAHRA).requireColumns("iso3", "whole_country", "region_code", "region_name",
        "conflict_affected", "high_risk", "source", "as_of").rows()) {
      String iso3 = ProductionFiles.alpha3(r, countries);
      boolean w = r.bool("whole_country");
      LocalDate date;
      try {
        date = LocalDate.parse(r.required("as_of"));
      } catch (DateTimeParseException e) {
        throw r.problem("as_of", "refdata.bad_date", "as_of", r.get("as_of"));
      }
      if (asOf != null && !asOf.equals(date)) {
        throw r.problem("as_of", "refdata.mixed_dates", "as_of", date, asOf);
      }
      asOf = date;
      String src = CatalogFiles.source(r, "source", catalog);
      anyCahraSource = src;
      cahraSource.put(iso3, src);
      Boolean before = whole.put(iso3, w);
      List<CahraRegion> list = regions.computeIfAbsent(iso3, k -> new ArrayList<>());
      if (w) {
        if (before != null) {
          throw r.problem("iso3", "refdata.listed_twice", "iso3", iso3);
        }
        continue;
      }
      if (Boolean.TRUE.equals(before)) {
        throw r.problem("iso3", "refdata.listed_twice", "iso3", iso3);
      }
      String code = r.required("region_code");
      String alpha2 = countries.require(iso3).alpha2();
      if (!code.startsWith(alpha2 + "-")) {
        throw r.problem("region_code", "refdata.region_of_country", "region_code", code, iso3);
      }
      boolean conflict = r.bool("conflict_affected");
      boolean high = r.bool("high_risk");
      if (list.stream().anyMatch(x -> x.code().equals(code))) {
        throw r.problem("region_code", "refdata.listed_twice", "region_code", code);
      }
      list.add(new CahraRegion(code, r.required("region_name"), conflict, high));
    }
    List<CahraListing> listings = new ArrayList<>();
    for (var e : whole.entrySet()) {
      listings.add(new CahraListing(e.getKey(), e.getValue(), regions.get(e.getKey()),
          cahraSource.get(e.getKey()), asOf));
    }

    List<ConflictYear> years = new ArrayList<>();
    Set<String> seenYears = new HashSet<>();
    int latest = 0;
    String conflictSource = null;
    for (Csv.Row r : source.table(CONFLICT_YEARS).requireColumns("iso3", "year", "conflicts", "max_intensity",
        "conflict_ids", "source").rows()) {
      String iso3 = ProductionFiles.alpha3(r, countries);
      int year = r.integer("year");
      if (year < 1946 || year > 2100) {
        throw r.problem("year", "csv.implausible_year", "year", String.valueOf(year));
      }
      int n = r.integer("conflicts");
      int intensity = r.integer("max_intensity");
      List<String> ids = List.of(r.required("conflict_ids").split(";"));
      if (n < 1 || n != ids.size()) {
        throw r.problem("conflicts", "refdata.conflict_count", "conflicts", n, ids.size());
      }
      if (intensity < 1 || intensity > 2) {
        throw r.problem("max_intensity", "refdata.conflict_intensity", "max_intensity", intensity);
      }
      if (!seenYears.add(iso3 + "/" + year)) {
        throw r.problem("year", "refdata.listed_twice", "year", iso3 + " " + year);
      }
      conflictSource = CatalogFiles.source(r, "source", catalog);
      latest = Math.max(latest, year);
      years.add(new ConflictYear(iso3, year, n, intensity, ids, conflictSource));
    }
    String labour = labourSource == null ? "" : labourSource;
    int labourYear = labourSource == null ? 0 : catalog.find(labourSource).map(Dataset::year).orElse(0);
    int cahraYear = asOf == null ? 0 : asOf.getYear();
    return new DueDiligence(flags, listings, years, labour, labourYear,
        conflictSource == null ? "" : conflictSource, latest, anyCahraSource == null ? "" : anyCahraSource, cahraYear);
  }
}
