package fr.vigie.engine.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.assessment.Assessment.CountryWeight;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.refdata.ReferenceData;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Known answers of the way reports show a mix of country shares ({@link CountryShares}): no share
 * above zero is shown 0 %, the small countries are folded into "n other countries" with their total,
 * the rest of the world comes last.
 */
class CountrySharesTests {
  static final Messages FR = Messages.of(Locale.FRENCH, ReferenceData.loadDefault().termNames());
  static final Messages EN = Messages.of(Locale.ENGLISH, ReferenceData.loadDefault().termNames());

  /**
   * A world mix of eight countries and the rest of the world, adding up to 1: China 80 %, Vietnam
   * 6 %, Russia 4 %, Bolivia 3 %, Rwanda 2 %, Australia 1.5 %, Austria 0.8 %, Portugal 0.4 %, rest
   * of world 2.3 %.
   */
  static final List<CountryWeight> MIX = List.of(
      new CountryWeight("CHN", 0.80, "world"), new CountryWeight("OTHER", 0.023, "world"),
      new CountryWeight("VNM", 0.06, "world"), new CountryWeight("RUS", 0.04, "world"),
      new CountryWeight("BOL", 0.03, "world"), new CountryWeight("RWA", 0.02, "world"),
      new CountryWeight("AUS", 0.015, "world"), new CountryWeight("AUT", 0.008, "ledger"),
      new CountryWeight("PRT", 0.004, "world"));

  /** Every space of a formatted number (no-break, narrow no-break) as a plain space. */
  static String plain(String s) {
    return s.replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  static List<String> shown(List<CountryShares.Line> lines, Messages m) {
    return lines.stream().map(l -> plain(CountryShares.name(m, l) + " " + CountryShares.percent(m, l.share())))
        .toList();
  }

  @Test
  void aTableNamesTheCountriesOfOnePercentOrMoreAndFoldsTheSmallerOnes() {
    // 6 countries at 1 % or more, largest first (Australia 1.5 % shown 2 %, half to even); Austria
    // 0.8 % + Portugal 0.4 % = 1.2 %, shown 1 %, as "2 other countries"; the rest of the world last
    List<CountryShares.Line> table = CountryShares.table(MIX);
    assertThat(shown(table, FR)).containsExactly("Chine 80 %", "Vietnam 6 %", "Russie 4 %", "Bolivie 3 %",
        "Rwanda 2 %", "Australie 2 %", "2 autres pays 1 %", "reste du monde 2 %");
    assertThat(shown(table, EN)).contains("2 other countries 1%", "rest of world 2%");
    CountryShares.Line folded = table.get(6);
    assertThat(folded.folded()).isEqualTo(2);
    assertThat(folded.share()).isCloseTo(0.012, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(folded.sources()).containsExactly("ledger", "world");
  }

  @Test
  void aOneLineListNamesTheFiveLargestAndFoldsTheOthers() {
    // the five largest of 1 % or more; Australia 1.5 + Austria 0.8 + Portugal 0.4 = 2.7 %, shown 3 %
    assertThat(plain(CountryShares.inline(FR, MIX))).isEqualTo(
        "Chine 80 %, Vietnam 6 %, Russie 4 %, Bolivie 3 %, Rwanda 2 %, 3 autres pays 3 %, reste du monde 2 %");
  }

  @Test
  void aShareAboveZeroIsNeverShownZeroAndOneCountryAloneIsNotFolded() {
    // China 99.5 % (shown 100 %, half to even) and Austria 0.5 %: Austria keeps its name, "< 1 %";
    // a country with a share of zero is not in the mix
    List<CountryWeight> mix = List.of(new CountryWeight("CHN", 0.995, "world"),
        new CountryWeight("AUT", 0.005, "world"), new CountryWeight("PRT", 0.0, "world"));
    assertThat(shown(CountryShares.table(mix), FR)).containsExactly("Chine 100 %", "Autriche < 1 %");
    assertThat(plain(CountryShares.inline(EN, mix))).isEqualTo("China 100%, Austria < 1%");
    assertThat(plain(CountryShares.percent(FR, 0))).isEqualTo("0 %");
    assertThat(plain(CountryShares.percent(FR, 0.0049))).isEqualTo("< 1 %");
    assertThat(plain(CountryShares.percent(FR, 0.01))).isEqualTo("1 %");
    assertThat(CountryShares.inline(FR, List.of())).isEqualTo("-");
  }
}
