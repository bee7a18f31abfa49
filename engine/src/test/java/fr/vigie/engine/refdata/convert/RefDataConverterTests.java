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
