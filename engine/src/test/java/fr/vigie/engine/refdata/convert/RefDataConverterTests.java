package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.ProductionSeries;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.refdata.RefDataFiles;
import fr.vigie.engine.refdata.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the converter on small raw files written by the test (same layout and formats as the real
 * raw folder), into a copy of the bundled curated folder.
 */
class RefDataConverterTests {
  @TempDir Path raw;
  @TempDir Path target;

  @BeforeEach
  void setUp() throws Exception {
    copyBundled(target);
    writeCountries();
    write("production/usgs_mcs2025_world_production.csv",
        "commodity,measure,unit,country,value_2023,value_2024e,reserves,reserves_unit,source_chapter_url",
        "Cobalt,mine production,t Co content,United States,W,W,\"70,000\",t,u",
        "Cobalt,mine production,t Co content,Congo (Kinshasa),\"1,000\",200,NA,t,u",
        "Cobalt,mine production,t Co content,Indonesia,—,50,NA,t,u",
        "Cobalt,mine production,t Co content,Other countries,—,50,NA,t,u",
        "Cobalt,mine production,t Co content,World total (rounded),\"1,000\",300,NA,t,u",
        "Lead,mine production,kt Pb content,Australia,400,410,NA,t,u");
    write("production/iea_gcmo2024_supply_by_country_base_case.csv",
        "mineral,stage,country,year,value_kt,share_of_total",
        "Cobalt,Refining,China,2023,80,0.8",
        "Cobalt,Refining,Finland,2023,10,0.1",
        "Cobalt,Refining,Indonesia,2023,0,0",
        "Cobalt,Refining,Rest of world,2023,10,0.1",
        "Cobalt,Refining,Total clean technologies,2023,100,1.0",
        "Cobalt,Refining,China,2030,500,0.9");
    write("production/eu_crm2023_global_supply_shares.csv",
        "Material,Stage,Country,Share,t",
        "Cobalt,E,\"Congo, D.R.\",60.0%,1.1",
        "Cobalt,E,Kosovo,<0.1%,1.0",
        "Cobalt,E,Finland,30.0%,0.8",
        "Gypsum,E,Spain,50%,0.8");
    write("production/world_mining_data_production_2018_2022.csv",
        "commodity,country,iso3,m49,year,value,unit,data_source",
        "Cobalt,\"Congo, D.R.\",COD,180,2021,90,metr. t,r",
        "Cobalt,\"Congo, D.R.\",COD,180,2022,75,metr. t,r",
        "Cobalt,Kosovo,R20,697,2022,25,metr. t,r");
    write("indicators/wgi_1996_2023.csv",
        "\uFEFFcodeindyr,code,countryname,year,indicator,estimate,stddev,nsource,pctrank,pctranklower,pctrankupper",
        "ZARrl2022,ZAR,\"Congo, Dem. Rep.\",2022,rl,-1.5,0.1,9,1,0,2",
        "ZARrl2023,ZAR,\"Congo, Dem. Rep.\",2023,rl,-1.6,0.1,9,1,0,2",
        "FRArl2023,FRA,France,2023,rl,..,..,..,..,..,..",
        "FRArl2022,FRA,France,2022,rl,1.2,0.1,9,88,80,90",
        "KSVrl2023,KSV,Kosovo,2023,rl,-0.1,0.1,9,45,40,50");
    write("indicators/epi_2010_2022.csv", "\uFEFFyear,code,iso,country,EPI.new,EPI.cc,EPI.ghgcap",
        "2022,4,AFG,Afghanistan,43.6,65.6,", "2020,4,AFG,Afghanistan,25.5,22.2,", "2010,..,SCG,Serbia and Montenegro,69.4,55.26,7.1");
    write("indicators/ndgain_vulnerability_1995_2022.csv", "ISO3,Name,2021,2022",
        "AFG,Afghanistan,0.5868,0.5860214674", "ATA,Antarctica,,");
    write("indicators/fragile_states_index_2006_2023.csv", "iso3,year,rank,total,C1,P3",
        "COD,2022,5,107.0,9,9.5", "COD,2023,4,106.7,9,9.4");
    write("indicators/freedom_house_fiw_2013_2024.csv", "Country/Territory,Region,C/T,Edition,Status,PR rating,CL rating,Total",
        "The Gambia,Africa,c,2024,PF,3,4,50", "Kosovo,Europe,c,2024,PF,3,4,60", "Tibet,Asia,t,2024,NF,7,7,0");
    writeDueDiligence();
  }

  /** The three due-diligence files in their published layouts (XML, JSON, semicolons and CRLF). */
  private void writeDueDiligence() throws IOException {
    write(DueDiligenceConverter.ILAB, "<Goods>",
        good("Cobalt ore (heterogenite)", "Mining", country("Congo, Democratic Republic of the", "Yes", "No", "No", "No")),
        good("Tin ore (cassiterite)", "Mining", country("Congo, Democratic Republic of the", "Yes", "Yes", "Yes", "No")),
        good("Diamonds", "Mining", country("Angola", "Yes", "Yes", "No", "No")),
        good("Cocoa", "Agriculture", country("Ghana", "Yes", "No", "No", "No")),
        good("Lithium-Ion Batteries", "Manufacturing", country("China", "No", "No", "No", "Yes")),
        "</Goods>");
    write(DueDiligenceConverter.CAHRA, """
        {"meta": {"reportsUpdated": "2026-06-27T22:00:00Z"},
         "entries": [
          {"countryName": "Myanmar", "iso2": "MM", "iso3": "MMR", "wholeCountry": false,
           "regions": [{"name": "Sagaing", "code": "MM-01", "conflictAffected": true, "highRisk": false},
                       {"name": "Kachin", "code": "MM-11", "conflictAffected": true, "highRisk": true}]},
          {"countryName": "Venezuela", "iso2": "VE", "iso3": "VEN", "wholeCountry": true, "regions": null},
          {"countryName": "Russia", "iso2": "RU", "iso3": "RUS", "wholeCountry": false,
           "regions": [{"name": "Belgorod", "code": "RU-BEL", "conflictAffected": false, "highRisk": true}]}]}""");
    String header = "conflict_id;location;side_a;side_a_id;side_a_2nd;side_b;side_b_id;side_b_2nd;incompatibility;"
        + "territory_name;year;intensity_level;cumulative_intensity;type_of_conflict;start_date;start_prec;start_date2;"
        + "start_prec2;ep_end;ep_end_date;ep_end_prec;gwno_a;gwno_a_2nd;gwno_b;gwno_b_2nd;gwno_loc;region;version";
    Path ucdp = raw.resolve(DueDiligenceConverter.UCDP);
    Files.createDirectories(ucdp.getParent());
    Files.writeString(ucdp, String.join("\r\n", header,
        // DRC 2023: two conflicts, one of war intensity
        "259;DR Congo (Zaire);Government of DR Congo (Zaire);130;;M23;;;2;;2023;2;1;3;1-1-2012;1;1-1-2022;1;0;;;490;;;;490;4;25.1",
        "11111;DR Congo (Zaire);Government of DR Congo (Zaire);130;;ADF;;;2;;2023;1;1;4;1-1-2012;1;1-1-2022;1;0;;;490;;;;490;4;25.1",
        // an interstate conflict located in two countries (Gleditsch-Ward 365 Russia, 369 Ukraine)
        "13306;Russia (Soviet Union), Ukraine;Government of Russia (Soviet Union);57;;Government of Ukraine;;;1;;2024;2;1;2;1-1-2014;1;1-1-2022;1;0;;;365;;369;;365, 369;1;25.1",
        // the record the re-export broke over two lines
        "11349;China;Government of China;135;;ETIM;1156;;1;East Turkestan;;;;;;;;;;;;;;;;;;",
        ";2008;1;0;3;5-4-1990;1;10-8-2008;1;1;29-8-2008;,710,;,;710;3;25.1;;;;;;;;;;;;",
        "") , StandardCharsets.UTF_8);
  }

  private static String good(String name, String sector, String... countries) {
    return "<Good><Good_Name>" + name + "</Good_Name><Good_Sector>" + sector + "</Good_Sector><Countries>"
        + String.join("", countries) + "</Countries></Good>";
  }

  private static String country(String name, String child, String forced, String forcedChild, String derived) {
    return "<Country><Country_Name>" + name + "</Country_Name><Country_Region>r</Country_Region><Child_Labor>" + child
        + "</Child_Labor><Forced_Labor>" + forced + "</Forced_Labor><Forced_Child_Labor>" + forcedChild
        + "</Forced_Child_Labor><Derived_Labor_Exploitation>" + derived
        + "</Derived_Labor_Exploitation><Derived_Country>No</Derived_Country></Country>";
  }

  @Test
  void convertsTheDueDiligenceListsWithKnownAnswers() throws Exception {
    RefDataConverter.convert(raw, target);
    var dd = ReferenceData.load(target).dueDiligence();
    MineralId cobalt = new MineralId("cobalt");
    // DRC cobalt ore: child labour, not forced, mapped to cobalt at extraction and pre-treatment
    var flag = dd.labourFlags("COD", cobalt).get(0);
    assertThat(flag.good()).isEqualTo("Cobalt ore (heterogenite)");
    assertThat(flag.childLabour()).isTrue();
    assertThat(flag.forcedLabour()).isFalse();
    assertThat(flag.stages()).containsExactlyInAnyOrder(Stage.EXTRACTION, Stage.PRE_TREATMENT);
    assertThat(flag.source()).isEqualTo("ilab-goods-2022");
    // DRC tin ore: child, forced and forced child labour; no flag for DRC copper (not in this list)
    assertThat(dd.labourFlags("COD", new MineralId("tin")).get(0).forcedChildLabour()).isTrue();
    assertThat(dd.labourFlags("COD", new MineralId("copper"))).isEmpty();
    // Angola diamonds: kept for the country, mapped to no mineral; cocoa and derived batteries left out
    assertThat(dd.labourFlags("AGO")).singleElement().satisfies(f -> assertThat(f.mineral()).isEmpty());
    assertThat(dd.labourFlags("GHA")).isEmpty();
    assertThat(dd.labourFlags("CHN")).isEmpty();
    // CAHRA: Myanmar by two conflict-affected regions, Venezuela as a whole, Russia by one high-risk region
    assertThat(dd.isCahraListed("MMR")).isTrue();
    assertThat(dd.isCahraListed("MMR", "MM-11")).isTrue();
    assertThat(dd.isCahraListed("MMR", "MM-06")).isFalse();
    assertThat(dd.isCahraListed("VEN", "VE-A")).isTrue();
    assertThat(dd.isCahraListed("RUS")).isTrue();
    assertThat(dd.isCahraListed("FRA")).isFalse();
    // the report's timestamp is midnight in Brussels: the list is dated 28 June 2026
    assertThat(dd.cahra("MMR").orElseThrow().asOf()).isEqualTo(java.time.LocalDate.of(2026, 6, 28));
    // UCDP: DRC 2023 has two conflicts, the highest of war intensity; the interstate conflict counts
    // for both Russia and Ukraine; the broken China record is re-joined as 2008, intensity 1
    var drc = dd.conflictYear("COD", 2023).orElseThrow();
    assertThat(drc.conflicts()).isEqualTo(2);
    assertThat(drc.maxIntensity()).isEqualTo(2);
    assertThat(drc.conflictIds()).containsExactly("11111", "259");
    assertThat(dd.conflictYear("RUS", 2024)).isPresent();
    assertThat(dd.conflictYear("UKR", 2024)).isPresent();
    assertThat(dd.conflictYear("CHN", 2008).orElseThrow().maxIntensity()).isEqualTo(1);
    assertThat(dd.conflictYear("COD", 2022)).isEmpty();
    assertThat(dd.latestConflictYear()).isEqualTo(2024);
  }

  @Test
  void aMiningGoodMissingFromTheMappingIsRefused() throws Exception {
    write(DueDiligenceConverter.ILAB, "<Goods>",
        good("Lithium ore", "Mining", country("Zimbabwe", "Yes", "No", "No", "No")), "</Goods>");
    assertThatThrownBy(() -> RefDataConverter.convert(raw, target))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("mining goods missing from labour-goods.csv: Lithium ore");
  }

  @Test
  void convertsSmallRawFilesIntoValidCuratedFiles() throws Exception {
    ConversionReport report = RefDataConverter.convert(raw, target);

    ReferenceData data = ReferenceData.load(target);
    assertThat(data.countries().size()).isEqualTo(249);
    MineralId cobalt = new MineralId("cobalt");
    ProductionSeries usgs = data.production().preferred(cobalt, Stage.EXTRACTION).orElseThrow();
    // 2024e: COD 200, IDN 50, other 50 of 300 listed (the "W" row is not attributed)
    assertThat(usgs.source()).isEqualTo("usgs-mcs-2025");
    assertThat(usgs.year()).isEqualTo(2024);
    assertThat(usgs.country("COD").orElseThrow().share()).isCloseTo(200.0 / 300, within(1e-6));
    assertThat(usgs.country("IDN").orElseThrow().share()).isCloseTo(50.0 / 300, within(1e-6));
    assertThat(usgs.otherShare()).isCloseTo(50.0 / 300, within(1e-6));
    // IEA cobalt refining 2023: China 80 / 100; the zero row is skipped; projections ignored
    ProductionSeries iea = data.production().preferred(cobalt, Stage.REFINING).orElseThrow();
    assertThat(iea.countries()).hasSize(2);
    assertThat(iea.country("CHN").orElseThrow().share()).isEqualTo(0.8);
    // EU: "Congo, D.R." 60%, Finland 30%, Kosovo (no ISO entry) and the unlisted remainder as other
    ProductionSeries eu = data.production().all(cobalt, Stage.EXTRACTION).stream()
        .filter(s -> s.source().equals("eu-crm-2023")).findFirst().orElseThrow();
    assertThat(eu.country("COD").orElseThrow().share()).isEqualTo(0.6);
    assertThat(eu.otherShare()).isCloseTo(0.1, within(1e-9));
    assertThat(data.production().tradeFactor(cobalt, Stage.EXTRACTION, "FIN")).hasValue(0.8);
    // WMD: latest year 2022 only; Kosovo's 25 t counted as other: 75 / 100
    ProductionSeries wmd = data.production().all(cobalt, Stage.EXTRACTION).stream()
        .filter(s -> s.source().equals("wmd-2024")).findFirst().orElseThrow();
    assertThat(wmd.year()).isEqualTo(2022);
    assertThat(wmd.country("COD").orElseThrow().share()).isEqualTo(0.75);

    // indicators: latest year with a value; World Bank code ZAR read as COD; '..' is missing
    assertThat(data.indicators().value("wgi_rl", "COD").orElseThrow().value()).isEqualTo(-1.6);
    assertThat(data.indicators().value("wgi_rl", "FRA").orElseThrow().year()).isEqualTo(2022);
    assertThat(data.indicators().value("epi", "AFG").orElseThrow().value()).isEqualTo(43.6);
    assertThat(data.indicators().value("ndgain_vulnerability", "AFG").orElseThrow().value()).isEqualTo(0.586021);
    assertThat(data.indicators().value("ndgain_vulnerability", "ATA")).isEmpty();
    assertThat(data.indicators().value("fsi_p3", "COD").orElseThrow().value()).isEqualTo(9.4);
    assertThat(data.indicators().value("fh_cl", "GMB").orElseThrow().value()).isEqualTo(4);

    assertThat(report.dropped().get(ProductionConverter.EU)).containsExactly("Kosovo");
    assertThat(report.dropped().get(IndicatorConverter.WGI)).containsExactly("KSV");
    assertThat(report.dropped().get(IndicatorConverter.FH)).containsExactly("Kosovo", "Tibet");
    assertThat(report.rowsWritten()).containsEntry("countries.csv", 249);
  }

  @Test
  void isDeterministic() throws Exception {
    RefDataConverter.convert(raw, target);
    List<byte[]> first = new ArrayList<>();
    for (String f : RefDataFiles.DERIVED) {
      first.add(Files.readAllBytes(target.resolve(f)));
    }
    RefDataConverter.convert(raw, target);
    for (int i = 0; i < RefDataFiles.DERIVED.size(); i++) {
      assertThat(Files.readAllBytes(target.resolve(RefDataFiles.DERIVED.get(i)))).isEqualTo(first.get(i));
    }
  }

  @Test
  void unknownCountryInARawFileFailsAndWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(target.resolve("production.csv"));
    write("production/eu_crm2023_global_supply_shares.csv",
        "Material,Stage,Country,Share,t", "Cobalt,E,\"Congo, D.R.\",60.0%,1.1", "Cobalt,E,Atlantis,40.0%,1.0");
    assertThatThrownBy(() -> RefDataConverter.convert(raw, target))
        .isInstanceOf(ProblemException.class)
        .hasMessage(
            "production/eu_crm2023_global_supply_shares.csv:3 (Country): column 'Country' unknown country 'Atlantis': "
                + "add it to country-aliases.csv (alias,iso3,source,note)");
    assertThat(Files.readAllBytes(target.resolve("production.csv"))).isEqualTo(before);
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void anInvalidResultNamesTheTargetFileAndWritesNothing() throws Exception {
    // a hand-maintained file of the target repeats an id: the converted set fails its validation
    byte[] before = Files.readAllBytes(target.resolve("production.csv"));
    Path refs = target.resolve("regulation-refs.csv");
    Files.writeString(refs, Files.readString(refs) + "eu-batteries,again,a reference,https://example.org/\n");
    int line = Files.readAllLines(refs).size();
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> RefDataConverter.convert(raw, target));
    assertThat(t).isInstanceOf(ProblemException.class);
    List<fr.vigie.engine.kernel.Problem> problems = ((ProblemException) t).problems();
    assertThat(problems).extracting(fr.vigie.engine.kernel.Problem::code)
        .containsExactly("refdata.listed_twice", "refdata.converted_invalid");
    assertThat(problems.get(0).source()).isEqualTo(refs.toString());
    assertThat(problems.get(0).line()).isEqualTo(line);
    assertThat(t).hasMessageEndingWith("; the converted data is invalid, nothing was written");
    assertThat(Files.readAllBytes(target.resolve("production.csv"))).isEqualTo(before);
  }

  @Test
  void malformedRawValuesAreRejectedWithFileAndLine() throws Exception {
    write("production/eu_crm2023_global_supply_shares.csv",
        "Material,Stage,Country,Share,t", "Cobalt,E,Finland,about half,0.8");
    assertThatThrownBy(() -> RefDataConverter.convert(raw, target))
        .hasMessageContaining("production/eu_crm2023_global_supply_shares.csv:2 (Share): column 'Share' must be a percentage");
    write("production/eu_crm2023_global_supply_shares.csv", "Material,Stage,Country,Share,t");
    write("production/usgs_mcs2025_world_production.csv",
        "commodity,measure,unit,country,value_2023,value_2024e",
        "Cobalt,mine production,t Co content,Canada,12x,5");
    assertThatThrownBy(() -> RefDataConverter.convert(raw, target))
        .hasMessageContaining("production/usgs_mcs2025_world_production.csv:2 (value_2023): column 'value_2023' is not a USGS number");
  }

  @Test
  void missingRawFolderOrFileIsAClearError() throws Exception {
    assertThatThrownBy(() -> RefDataConverter.convert(raw.resolve("nope"), target))
        .hasMessageContaining("raw data folder not found");
    Files.delete(raw.resolve("indicators/epi_2010_2022.csv"));
    assertThatThrownBy(() -> RefDataConverter.convert(raw, target))
        .hasMessageContaining("epi_2010_2022.csv: raw file not found");
  }

  // ---- raw inputs

  private void write(String relative, String... lines) throws IOException {
    Path p = raw.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** Raw country files in the published layouts, built from the bundled list (249 entries). */
  private void writeCountries() throws IOException {
    List<String> codes = new ArrayList<>(List.of("ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,ISO3166-1-numeric,Region Name,Sub-region Name"));
    List<String> en = new ArrayList<>(List.of("id,value"));
    List<String> fr = new ArrayList<>(List.of("id,value"));
    for (Country c : ReferenceData.loadDefault().countries().list()) {
      codes.add(Csv.line(List.of(c.alpha2(), c.alpha3(), String.valueOf(c.numeric()), c.region(), c.subRegion())).strip());
      en.add(Csv.line(List.of(c.alpha2(), c.names().english())).strip());
      fr.add(Csv.line(List.of(c.alpha2(), c.name(java.util.Locale.FRENCH))).strip());
    }
    write("countries/country-codes.csv", codes.toArray(String[]::new));
    write("countries/country-names-en-cldr.csv", en.toArray(String[]::new));
    write("countries/country-names-fr-cldr.csv", fr.toArray(String[]::new));
  }

  private static void copyBundled(Path dir) throws IOException, URISyntaxException {
    Path bundled =
        Path.of(ReferenceData.class.getResource(ReferenceData.RESOURCE_DIR + "countries.csv").toURI()).getParent();
    try (Stream<Path> files = Files.list(bundled)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          Files.copy(in, dir.resolve(f.getFileName().toString()));
        }
      }
    }
  }
}
