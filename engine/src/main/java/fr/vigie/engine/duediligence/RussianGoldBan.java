package fr.vigie.engine.duediligence;

/**
 * The EU ban on Russian gold: Council Regulation (EU) No 833/2014, Article 3o (inserted by Council
 * Regulation (EU) 2022/1269 of 21 July 2022) prohibits purchasing, importing or transferring gold
 * originating in Russia exported from it after 22 July 2022, including gold processed in a third
 * country. One rule for every place that flags it: the assessment's {@code sanctions} alerts and
 * the smelter checks of supplier declarations.
 */
public final class RussianGoldBan {
  /** The legal source, shown with each flag. */
  public static final String SOURCE =
      "Council Regulation (EU) No 833/2014, Art. 3o (Council Regulation (EU) 2022/1269); https://eur-lex.europa.eu/eli/reg/2022/1269/oj";

  /** ISO alpha-3 of the Russian Federation. */
  static final String RUSSIA = "RUS";
  /** The mineral id the ban concerns. */
  static final String GOLD = "gold";

  private RussianGoldBan() {
  }

  /**
   * Whether a material located in a country (origin, refiner or smelter) falls under the ban.
   *
   * @param mineral the mineral id, e.g. {@code gold}
   * @param alpha3  the country's ISO alpha-3 code
   */
  public static boolean covers(String mineral, String alpha3) {
    return GOLD.equals(mineral) && RUSSIA.equals(alpha3);
  }
}
