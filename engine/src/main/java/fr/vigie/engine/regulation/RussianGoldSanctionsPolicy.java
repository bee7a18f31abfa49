package fr.vigie.engine.regulation;

import fr.vigie.engine.regulation.ScopeRegime.Tier;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.EuImport;
import java.util.List;
import java.util.Optional;

/**
 * Regulation (EU) No 833/2014, Article 3o (inserted by Regulation (EU) 2022/1269): the prohibition
 * on Russian-origin gold binds every company in the EU, with no size threshold. It applies to a
 * company in the EU (headquarters in a member state, or placing products on the EU market, or
 * importing into the EU) that uses or imports gold (materials used, or an EU import line of gold or
 * of CN 7108, 7113, 7114 or 7115, the goods of Annex XXVI).
 */
final class RussianGoldSanctionsPolicy extends TierPolicy {
  /** CN headings of Annex XXVI (gold and articles of jewellery, goldsmiths' wares). */
  static final List<String> ANNEX_XXVI_HEADINGS = List.of("7108", "7113", "7114", "7115");

  public RussianGoldSanctionsPolicy() {
    super("eu-russia-gold-sanctions");
  }

  @Override
  Check check(Regulation text, Tier tier, CompanyProfile p, Context ctx) {
    return Check.all(inTheEu(p, ctx), usesGold(p));
  }

  private static Check inTheEu(CompanyProfile p, Context ctx) {
    Optional<String> hq = p.headquarters();
    if (hq.isPresent() && ctx.countries().isEuMember(hq.get())) {
      return Check.met(Reason.of("regulation.reason.russian_gold_sanctions.in_the_eu", hq.get()));
    }
    if (p.placesProductsOnEuMarket().orElse(false)
        || p.euImports().map(l -> !l.isEmpty()).orElse(false)) {
      return Check.met(Reason.of("regulation.reason.russian_gold_sanctions.business_in_the_eu"));
    }
    if (hq.isEmpty() || p.placesProductsOnEuMarket().isEmpty()) {
      return Check.unknown(Reason.of("regulation.reason.russian_gold_sanctions.eu_presence_not_given"),
          hq.isEmpty() ? "headquarters" : "places_products_on_eu_market");
    }
    return Check.notMet(Reason.of("regulation.reason.russian_gold_sanctions.no_business_in_the_eu", hq.get()));
  }

  private static Check usesGold(CompanyProfile p) {
    boolean importsGold =
        p.euImports().orElse(List.of()).stream().anyMatch(RussianGoldSanctionsPolicy::goldLine);
    if (importsGold) {
      return Check.met(Reason.of("regulation.reason.russian_gold_sanctions.imports_gold"));
    }
    if (p.materialsUsed().isEmpty()) {
      return Check.unknown(Reason.of("regulation.reason.russian_gold_sanctions.materials_not_given"),
          "materials_used");
    }
    return p.materialsUsed().get().stream().anyMatch(m -> m.value().equals("gold"))
        ? Check.met(Reason.of("regulation.reason.russian_gold_sanctions.uses_gold"))
        : Check.notMet(Reason.of("regulation.reason.russian_gold_sanctions.uses_no_gold"));
  }

  private static boolean goldLine(EuImport line) {
    return line.material().map(m -> m.value().equals("gold")).orElse(false)
        || line.cnCode().map(c -> ANNEX_XXVI_HEADINGS.stream().anyMatch(c::startsWith)).orElse(false);
  }
}
