package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.Company;
import fr.vigie.engine.declaration.Contact;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.Scope;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.mineral.MineralId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class SmelterConsolidatorTests {
  @TempDir Path dir;

  static final MineralId TIN = MineralId.of("tin");
  static final MineralId GOLD = MineralId.of("gold");
  static final Countries COUNTRIES = new Countries(List.of(
      new Country("CN", "CHN", 156, fr.vigie.engine.kernel.Names.of("en", "China", "fr", "Chine"), "", "", false),
      new Country("ID", "IDN", 360, fr.vigie.engine.kernel.Names.of("en", "Indonesia", "fr", "Indonésie"), "", "", false),
      new Country("PE", "PER", 604, fr.vigie.engine.kernel.Names.of("en", "Peru", "fr", "Pérou"), "", "", false)), Map.of());

  static SmelterRow row(int r, MineralId metal, LookupKind kind, String name, String country, String id) {
    return new SmelterRow(r, Optional.of(metal), metal.value(), kind == LookupKind.LISTED ? name : "x", kind, name,
        country == null ? "" : country, Optional.ofNullable(country), Optional.ofNullable(id), id == null ? "" : id,
        "", "", "", "", "", "", "", "", "", List.of(), Answer.NO, "");
  }

  static Declaration decl(SmelterRow... rows) {
    Company c = new Company("S", Scope.COMPANY, "A", "", "", "", "", new Contact("", "", ""), new Contact("", "", ""),
        "", Optional.empty(), "");
    return new Declaration(Template.CMRT, "6.5", c, List.of(TIN, GOLD), List.of(), List.of(), List.of(rows), List.of(), List.of());
  }

  @Test
  void mergesById_thenByMetalCountryAndNormalisedName_trackingSuppliers() {
    SmelterConsolidator c = new SmelterConsolidator(KnownSmelters.empty());
    c.add("Alpha", decl(
        row(5, TIN, LookupKind.LISTED, "PT Timah Tbk", "IDN", "CID001482"),
        row(6, TIN, LookupKind.NOT_LISTED, "Yunnan Tin Co., Ltd.", "CHN", null),
        row(7, GOLD, LookupKind.NOT_YET_IDENTIFIED, "Unknown", null, null)));
    c.add("Beta", decl(
        row(5, TIN, LookupKind.LISTED, "PT TIMAH", "IDN", "CID001482"), // same id, other spelling
        row(6, TIN, LookupKind.NOT_LISTED, "YUNNAN TIN COMPANY LIMITED", "CHN", null), // same name once normalised
        row(7, TIN, LookupKind.NOT_LISTED, "Yunnan Tin Co., Ltd.", "PER", null), // same name, other country
        row(8, GOLD, LookupKind.LISTED, "Refinery A", "PER", "CID000001")));
    c.add("Gamma", decl(row(5, TIN, LookupKind.LISTED, "Yunnan Tin Co Ltd", "CHN", "CID002180"))); // id adopts the no-id entry

    Consolidation r = c.result();

    // tin: CID001482 (Alpha, Beta), Yunnan/CHN -> CID002180 (Alpha, Beta, Gamma), Yunnan/PER (Beta); gold: CID000001
    assertThat(r.smelters()).hasSize(4);
    ConsolidatedSmelter timah = r.smelters().stream().filter(s -> s.smelterId().equals(Optional.of("CID001482"))).findFirst().orElseThrow();
    assertThat(timah.suppliers()).containsExactly("Alpha", "Beta");
    assertThat(timah.rows()).isEqualTo(2);
    ConsolidatedSmelter yunnan = r.smelters().stream().filter(s -> s.smelterId().equals(Optional.of("CID002180"))).findFirst().orElseThrow();
    assertThat(yunnan.suppliers()).containsExactly("Alpha", "Beta", "Gamma");
    assertThat(yunnan.country()).contains("CHN");
    assertThat(r.unidentifiedRows()).containsEntry(GOLD, 1);
    assertThat(r.files()).isEqualTo(3);
  }

  @Test
  void twoDifferentIdsAreNeverMergedOnTheirNames() {
    SmelterConsolidator c = new SmelterConsolidator(KnownSmelters.empty());
    c.add("A", decl(row(5, TIN, LookupKind.LISTED, "Same Name Ltd", "CHN", "CID000010"),
        row(6, TIN, LookupKind.LISTED, "Same Name Ltd", "CHN", "CID000011")));
    assertThat(c.result().smelters()).hasSize(2);
  }

  @Test
  void countrySharesPerMetalAreCountsOfDistinctSmelters() {
    SmelterConsolidator c = new SmelterConsolidator(KnownSmelters.empty());
    // tin: 3 smelters in CHN, 1 in IDN (reported twice: still one smelter), 1 without country
    c.add("A", decl(row(5, TIN, LookupKind.LISTED, "T1", "CHN", "CID000001"), row(6, TIN, LookupKind.LISTED, "T2", "CHN", "CID000002"),
        row(7, TIN, LookupKind.LISTED, "T3", "CHN", "CID000003"), row(8, TIN, LookupKind.LISTED, "T4", "IDN", "CID000004"),
        row(9, TIN, LookupKind.NOT_LISTED, "T5", null, null)));
    c.add("B", decl(row(5, TIN, LookupKind.LISTED, "T4", "IDN", "CID000004")));

    List<CountryShare> tin = c.result().smelterCountriesByMetal().get(TIN);

    // known-country smelters: 4 -> CHN 3/4 = 0.75, IDN 1/4 = 0.25
    assertThat(tin).extracting(CountryShare::country).containsExactly("CHN", "IDN");
    assertThat(tin.get(0).smelters()).isEqualTo(3);
    assertThat(tin.get(0).share()).isCloseTo(0.75, within(1e-12));
    assertThat(tin.get(1).share()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void knownListFillsNamesAndMatchesUnlistedRowsToTheirId() throws Exception {
    Path csv = Files.writeString(dir.resolve("known.csv"),
        "Smelter ID,Metal,Standard Smelter Name,Country Location,Extra\nCID002180,Tin,Yunnan Tin Company Limited,China,x\n");
    KnownSmelters known = KnownSmelters.load(csv, new CountryResolver(COUNTRIES));
    SmelterConsolidator c = new SmelterConsolidator(known);
    c.add("A", decl(row(5, TIN, LookupKind.NOT_LISTED, "YUNNAN TIN CO LTD", "CHN", null)));
    c.add("B", decl(row(5, TIN, LookupKind.LISTED, "", "CHN", "CID002180")));

    Consolidation r = c.result();
    assertThat(r.smelters()).singleElement().satisfies(s -> {
      assertThat(s.smelterId()).contains("CID002180");
      assertThat(s.name()).isEqualTo("Yunnan Tin Company Limited");
      assertThat(s.known()).isTrue();
      assertThat(s.suppliers()).containsExactly("A", "B");
    });
  }

  @Test
  void learnedSmelterListRoundTripsThroughItsCsv() {
    KnownSmelters k = KnownSmelters.empty();
    k.learn(decl(row(5, TIN, LookupKind.LISTED, "Smelter, \"Quoted\" Ltd", "CHN", "CID000042"),
        row(6, TIN, LookupKind.NOT_YET_IDENTIFIED, "Unknown", null, null)));
    Path csv = dir.resolve("k.csv");
    k.save(csv);
    KnownSmelters back = KnownSmelters.load(csv, new CountryResolver(COUNTRIES));
    assertThat(back.all()).containsExactly(new KnownSmelter("CID000042", TIN, "Smelter, \"Quoted\" Ltd", "CHN"));
  }

  @Test
  void badKnownSmelterCsvNamesTheLine() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "smelter_id,metal,name,country\nCID000001,Tin,A,China\nABC,Tin,B,China\n");
    assertThatThrownBy(() -> KnownSmelters.load(csv, new CountryResolver(COUNTRIES)))
        .isInstanceOf(ProblemException.class).hasMessageContaining(":3").hasMessageContaining("ABC");
    // the problem is coded, placed at line 3 in the id column, and renders in French
    Problem p = ((ProblemException) catchThrowable(() -> KnownSmelters.load(csv, new CountryResolver(COUNTRIES)))).first();
    assertThat(p.code()).isEqualTo("declaration.bad_smelter_id");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.path()).isEqualTo("smelter_id");
    assertThat(p.render(Messages.of(java.util.Locale.FRENCH)))
        .isEqualTo(csv + ", ligne 3 (smelter_id) : « ABC » n'est pas un identifiant de fonderie (CID suivi de chiffres)");
    Path noCol = Files.writeString(dir.resolve("nocol.csv"), "id,metal\n1,Tin\n");
    assertThatThrownBy(() -> KnownSmelters.load(noCol, new CountryResolver(COUNTRIES)))
        .isInstanceOf(ProblemException.class).hasMessageContaining("missing column");
  }

  @Test
  void exportsCsvJsonAndXlsx() throws Exception {
    SmelterConsolidator c = new SmelterConsolidator(KnownSmelters.empty());
    c.add("A", decl(row(5, TIN, LookupKind.LISTED, "T1", "CHN", "CID000001")));
    Consolidation r = c.result();
    for (String ext : List.of("csv", "json", "xlsx")) {
      ConsolidationExport.write(r, dir.resolve("out." + ext));
      assertThat(dir.resolve("out." + ext)).isNotEmptyFile();
      assertThat(dir.resolve("out." + ext + ".part")).doesNotExist();
    }
    assertThat(Files.readString(dir.resolve("out.csv"))).startsWith("metal,smelter_id,name,country")
        .contains("tin,CID000001,T1,CHN,1,A,1,false");
    Map<?, ?> json = JsonMapper.builder().build().readValue(dir.resolve("out.json").toFile(), Map.class);
    assertThat(json.get("smelter_countries_by_metal").toString()).contains("CHN");
    assertThatThrownBy(() -> ConsolidationExport.write(r, dir.resolve("out.txt"))).isInstanceOf(ProblemException.class);
  }

  @Test
  void namesNormaliseLegalFormsAndPunctuation() {
    assertThat(SmelterNames.normalise("Jiangxi Tin Co., Ltd.")).isEqualTo("JIANGXI TIN");
    assertThat(SmelterNames.normalise("JIANGXI TIN COMPANY LIMITED")).isEqualTo("JIANGXI TIN");
    assertThat(SmelterNames.normalise("Métallurgie Hoboken S.A.")).isEqualTo("METALLURGIE HOBOKEN");
  }
}
