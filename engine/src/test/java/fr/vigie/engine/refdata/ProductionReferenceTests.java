package fr.vigie.engine.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.production.CountryShare;
import fr.vigie.engine.production.Production;
import fr.vigie.engine.production.ProductionSeries;
import org.junit.jupiter.api.Test;

/**
 * Known-answer tests: curated shares against values copied by hand from the raw files of
 * shared/data/production (file and row named in each comment).
 */
class ProductionReferenceTests {
  private static final MineralId COBALT = new MineralId("cobalt");
  private static final MineralId LITHIUM = new MineralId("lithium");
  private static final MineralId GRAPHITE = new MineralId("natural_graphite");

  private final Production production = ReferenceData.loadDefault().production();

  private static double share(ProductionSeries s, String iso3) {
    return s.country(iso3).map(CountryShare::share).orElseThrow();
  }

  private ProductionSeries series(MineralId m, Stage stage, String source, int year) {
    return production.all(m, stage).stream()
        .filter(s -> s.source().equals(source) && s.year() == year)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void drcCobaltExtractionShare() {
    // usgs_mcs2025_world_production.csv, Cobalt mine production, 2024e: Congo (Kinshasa) 220,000 t;
    // listed rows (12 countries + Other countries 6,200) add up to 288,200 t: 220000 / 288200 = 0.763359
    ProductionSeries preferred = production.preferred(COBALT, Stage.EXTRACTION).orElseThrow();
    assertThat(preferred.source()).isEqualTo("usgs-mcs-2025");
    assertThat(preferred.year()).isEqualTo(2024);
    assertThat(preferred.countries().get(0).alpha3()).isEqualTo("COD");
    assertThat(share(preferred, "COD")).isCloseTo(0.763359, within(1e-6));
    assertThat(preferred.country("COD").orElseThrow().value().getAsDouble()).isEqualTo(220000);
    // iea_gcmo2024_supply_by_country_base_case.csv: Cobalt,Mining,Democratic Republic of Congo,2023,157.0,0.6547
    assertThat(share(series(COBALT, Stage.EXTRACTION, "iea-gcmo-2024", 2023), "COD")).isCloseTo(0.6547, within(1e-4));
    // eu_crm2023_global_supply_shares.csv: Cobalt,E,"Congo, D.R.",62.8%,1.1
    assertThat(share(series(COBALT, Stage.EXTRACTION, "eu-crm-2023", 2020), "COD")).isCloseTo(0.628, within(1e-9));
    assertThat(production.tradeFactor(COBALT, Stage.EXTRACTION, "COD")).hasValue(1.1);
  }

  @Test
  void chinaRefiningSharesOfCobaltLithiumGraphite() {
    // iea_gcmo2024_supply_by_country_base_case.csv:
    //   Cobalt,Refining,China,2023,171.7,0.7672      (171.7 / 223.8 total)
    //   Lithium,Chemicals,China,2023,113.9,0.6461    (113.9 / 176.3 total)
    //   Graphite,Battery grade,China,2023,1851.9,0.909 (1851.9 / 2037.2 total)
    ProductionSeries cobalt = production.preferred(COBALT, Stage.REFINING).orElseThrow();
    ProductionSeries lithium = production.preferred(LITHIUM, Stage.REFINING).orElseThrow();
    ProductionSeries graphite = production.preferred(GRAPHITE, Stage.REFINING).orElseThrow();
    assertThat(cobalt.source()).isEqualTo("iea-gcmo-2024");
    assertThat(share(cobalt, "CHN")).isCloseTo(0.7672, within(1e-4));
    assertThat(share(lithium, "CHN")).isCloseTo(0.6461, within(1e-4));
    assertThat(share(graphite, "CHN")).isCloseTo(0.909, within(1e-4));
    assertThat(graphite.fit().id()).isEqualTo("proxy");
    // eu_crm2023_global_supply_shares.csv: Cobalt,P,China,59.6%,1.0
    assertThat(share(series(COBALT, Stage.REFINING, "eu-crm-2023", 2020), "CHN")).isCloseTo(0.596, within(1e-9));
  }

  @Test
  void nickelMiningRestOfWorldIsTotalMinusCountries() {
    // iea file, Nickel Mining 2023: Total 3450.5; countries 1787 + 390.7 + 210 + 193.8 + 193.7 + 111.4
    // = 2886.6; the printed Rest of world (675.3) double counts Australia: other = 563.9 / 3450.5
    ProductionSeries s = series(new MineralId("nickel"), Stage.EXTRACTION, "iea-gcmo-2024", 2023);
    // shares are stored with 6 decimals, hence the tolerance
    assertThat(s.otherShare()).isCloseTo(563.9 / 3450.5, within(1e-5));
    assertThat(s.total()).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void sharesAreSortedAndEverySeriesAddsUpToAboutOne() {
    for (ProductionSeries s : production.allSeries()) {
      assertThat(s.total()).as(s.toString()).isBetween(0.97, 1.03);
      assertThat(s.countries()).isSortedAccordingTo(ProductionSeries.BY_SHARE_DESC);
    }
  }
}
