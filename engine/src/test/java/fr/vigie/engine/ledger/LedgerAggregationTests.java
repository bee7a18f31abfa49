package fr.vigie.engine.ledger;

import static fr.vigie.engine.ledger.LedgerFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Known-answer tests of the per-filiere aggregation, computed by hand. */
class LedgerAggregationTests {

  private static final String THREE_LINES =
      """
      item,material,mass_kg,supplier,spend_eur,origin_country,refiner_country,smelter_id,recycled_share,year
      battery pack A,cobalt,100,Acme,5000,CD,CN,CID002158,0.1,2024
      battery pack B,Cobalt,50,Beta,2000,,FI,,0.5,2025
      cable,cuivre,200,Acme,1000,CL,,,,2024
      """;

  @Test
  void threeLineLedgerAggregatesAsComputedByHand() {
    Ledger ledger = accepted(csv(THREE_LINES));

    assertThat(ledger.lines()).isEqualTo(3);
    // copper (200 kg) comes before cobalt (100 + 50 = 150 kg)
    assertThat(ledger.filieres()).extracting(FiliereAggregate::material).containsExactly(COPPER, COBALT);
    assertThat(ledger.totalMassKg()).isEqualTo(350.0); // 100 + 50 + 200
    assertThat(ledger.totalSpendEur()).isEqualTo(8000.0); // 5000 + 2000 + 1000
    assertThat(ledger.firstYear()).contains(2024);
    assertThat(ledger.lastYear()).contains(2025);

    FiliereAggregate cobalt = ledger.filiere(COBALT).orElseThrow();
    assertThat(cobalt.lines()).isEqualTo(2);
    assertThat(cobalt.massKg()).isEqualTo(150.0); // 100 + 50
    assertThat(cobalt.spendEur()).isEqualTo(7000.0); // 5000 + 2000
    assertThat(cobalt.massKnownOriginKg()).isEqualTo(100.0); // only line A gives an origin
    assertThat(cobalt.massKnownRefinerKg()).isEqualTo(150.0); // both give a refiner
    assertThat(cobalt.massWithSmelterIdKg()).isEqualTo(100.0);
    assertThat(cobalt.recycledMassKg()).isCloseTo(35.0, within(1e-9)); // 100 x 0.1 + 50 x 0.5
    assertThat(cobalt.originCoverage()).isCloseTo(2.0 / 3, within(1e-12)); // 100 / 150
    assertThat(cobalt.refinerCoverage()).isEqualTo(1.0);
    assertThat(cobalt.recycledShare()).isCloseTo(35.0 / 150, within(1e-12));
    assertThat(cobalt.suppliers()).isEqualTo(2); // Acme, Beta
    assertThat(cobalt.smelters()).isEqualTo(1);
    assertThat(cobalt.massByOriginCountry()).containsExactly(Map.entry(COD, 100.0));
    // largest first: China 100 kg, Finland 50 kg
    assertThat(cobalt.massByRefinerCountry()).containsExactly(Map.entry(CHN, 100.0), Map.entry(FIN, 50.0));

    FiliereAggregate copper = ledger.filiere(COPPER).orElseThrow();
    assertThat(copper.lines()).isEqualTo(1);
    assertThat(copper.massKg()).isEqualTo(200.0);
    assertThat(copper.originCoverage()).isEqualTo(1.0);
    assertThat(copper.refinerCoverage()).isZero();
    assertThat(copper.recycledMassKg()).isZero();
    assertThat(copper.suppliers()).isEqualTo(1);
    assertThat(copper.massByOriginCountry()).containsExactly(Map.entry(CHL, 200.0));
    assertThat(ledger.filiere(TIN)).isEmpty();
  }

  @Test
  void frenchHeadersSemicolonsDecimalCommaBomAndCrlfGiveTheSameLedger() {
    String french =
        "\uFEFFArticle;Matière;Masse_kg;Fournisseur;Dépense_EUR;Pays_origine;Pays_affinage;Id_fonderie;Part_recyclée;Année\r\n"
            + "battery pack A;Cobalt;100,0;Acme;5000;Congo-Kinshasa;Chine;cid 2158;0,1;2024\r\n"
            + "battery pack B;cobalt;50;Beta;2000;;Finlande;;0,5;2025\r\n"
            + "cable;Cuivre;200;Acme;1000;Chili;;;;2024\r\n";
    Ledger fr = accepted(csv(french));
    Ledger en = accepted(csv(THREE_LINES));
    assertThat(fr).isEqualTo(en);
    ImportReport report = csv(french).report();
    assertThat(report.delimiter()).isEqualTo(";");
    assertThat(report.columns()).containsEntry(LedgerField.MATERIAL, "Matière");
  }

  @Test
  void tabSeparatedFileIsDetected() {
    String tsv = THREE_LINES.replace(',', '\t');
    assertThat(accepted(csv(tsv))).isEqualTo(accepted(csv(THREE_LINES)));
    assertThat(csv(tsv).report().delimiter()).isEqualTo("\t");
  }

  @Test
  void quotedFieldsWithDelimitersEscapedQuotesAndLineBreaksAreRead() {
    String text =
        "item,description,material,mass_kg,supplier\n"
            + "\"cable, 3 cores\",\"the \"\"big\"\" one\non two lines\",copper,\"1.5\",\"Acme \"\"SA\"\"\"\n"
            + "x,,copper,2,\"Acme \"\"SA\"\"\"\n"
            + "y,,unknown,2,\n";
    ImportReport report = rejected(csv(text));
    // the record on lines 2-3 counts two physical lines: the bad one is line 5
    assertThat(Seen.all(report.errors())).containsExactly(new Seen(5, "material", "unknown mineral 'unknown'"));

    Ledger ok = accepted(csv(text.replace("y,,unknown,2,\n", "")));
    FiliereAggregate copper = ok.filiere(COPPER).orElseThrow();
    assertThat(copper.massKg()).isEqualTo(3.5);
    assertThat(copper.suppliers()).isEqualTo(1); // the escaped quotes give the same supplier twice
  }

  @Test
  void mappingOptionReadsOtherLayouts() {
    String text = "Ref,Metal,Qty,Colour\nA,nickel,10,red\nB,Cobalt,5,blue\n";
    LedgerOptions o =
        LedgerOptions.defaults().withMapping(LedgerOptions.parseMapping("item=Ref,material=Metal,mass_kg=Qty"));
    LedgerImport r = csv(text, o);
    assertThat(accepted(r).totalMassKg()).isEqualTo(15.0);
    assertThat(r.report().ignoredColumns()).containsExactly("Colour");
  }

  @Test
  void blankLinesAndRowsOfEmptyCellsAreSkipped() {
    String text = "\n\nitem,material,mass_kg\n\na,tin,1\n,,\n\nb,tin,2";
    Ledger l = accepted(csv(text));
    assertThat(l.filiere(TIN).orElseThrow().massKg()).isEqualTo(3.0);
    assertThat(csv(text).report().dataLines()).isEqualTo(2);
  }

  @Test
  void windows1252IsReadWithTheEncodingOption() {
    byte[] bytes = "item;matière;mass_kg\nx;étain;1,5\n".getBytes(LedgerOptions.WINDOWS_1252);
    Ledger l = accepted(csv(bytes, LedgerOptions.defaults().withEncoding("windows-1252")));
    assertThat(l.filiere(TIN).orElseThrow().massKg()).isEqualTo(1.5);
  }

  @Test
  void smallBuffersGiveTheSameResultAsTheDefaultOne() {
    StringBuilder sb = new StringBuilder("item;description;matière;mass_kg;origin_country;recycled_share\r\n");
    for (int i = 0; i < 300; i++) {
      sb.append("é").append(i).append(";\"quoted ; \"\"text\"\"\n").append(i).append("\";")
          .append(i % 3 == 0 ? "Cuivre" : "étain").append(';').append(i).append(",25;")
          .append(i % 2 == 0 ? "CN" : "").append(';').append(i % 5 == 0 ? "0,5" : "").append("\r\n");
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Ledger reference = accepted(csv(bytes, LedgerOptions.defaults()));
    for (int size : new int[] {1, 2, 3, 7, 16, 61, 128, 1000}) {
      assertThat(accepted(csvSmallBuffer(bytes, size))).as("buffer of %d bytes", size).isEqualTo(reference);
    }
    assertThat(reference.lines()).isEqualTo(300);
    assertThat(reference.firstYear()).isEqualTo(Optional.empty());
  }
}
