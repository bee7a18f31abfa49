package fr.vigie.engine.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cases companies actually bring, one row each: a text, a reference date, a profile, the
 * outcome worked out by hand from the article or Annex row named in the last column. Outcomes:
 * {@code A<date>} applies from that date, {@code N} does not apply, {@code ?} cannot tell, {@code
 * R} recommended (voluntary framework). The profile is written as YAML lines separated by
 * {@code ;}. Every text of the catalogue, both sides of each threshold, every "cannot tell" path
 * and the stated assumption rule are covered.
 */
class RegulatoryTruthTableTests {

  @ParameterizedTest(name = "[{index}] {0} on {1}: {3} ({4})")
  @CsvSource(delimiter = '|', textBlock = """
      # EU conflict minerals, Regulation (EU) 2017/821 as amended by Delegated Regulation (EU) 2020/1588
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 7108 13 80, kg_per_year: 200}]                 | A2021-01-01 | Annex I A ex 7108 and B 7108 13 80: 100 kg, 200 >= 100 on both rows
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 7108 13 80, kg_per_year: 99}]                  | N           | Annex I A ex 7108 and B 7108 13 80: 99 < 100 on both rows
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 8001 10 00, kg_per_year: 20000}]               | N           | Annex I B 8001 10 00: 20,000 < 100,000 kg
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 8001 10 00, kg_per_year: 100000}]              | A2021-01-01 | Annex I B 8001 10 00: 100,000 >= 100,000 kg
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 2849 90 30, kg_per_year: 50000}]               | A2021-01-01 | Annex I B 2849 90 30 (tungsten carbide): 50,000 >= 10,000 kg
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 2849 90 30, kg_per_year: 9999}]                | N           | Annex I B 2849 90 30: 9,999 < 10,000 kg
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 2615 90 00 10, kg_per_year: 30000}]            | A2021-01-01 | Annex I A ex 2615 90 00 TARIC 10 (coltan): 30,000 >= 22,000 kg (figure unverified)
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 2616 90 00 10, kg_per_year: 300000}]           | A2021-01-01 | Annex I A ex 2616 90 00 TARIC 10 (gold ores): 300,000 >= 250,000 kg (figure unverified)
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 7108, kg_per_year: 250}]                       | A2021-01-01 | Annex I: every 7108 row is 100 kg, 250 >= 100 on all of them
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 2825 90, kg_per_year: 50000}]                  | ?           | Annex I B 2825 90 40 (100,000 kg, not reached) vs ex 2825 90 85 10 (10,000 kg, reached)
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{cn_code: 2615 90 00, kg_per_year: 1000}]                | N           | Annex I A ex 2615 90 00: below 22,000 kg, or vanadium ores outside Annex I
      eu-conflict-minerals | 2026-12-04 | eu_imports: [{material: gold, form: refined, kg_per_year: 150}]       | A2021-01-01 | Annex I B gold rows 7108 11 00 to 7108 20 00: 100 kg each
      eu-conflict-minerals | 2020-12-31 | eu_imports: [{cn_code: 2609 00 00, kg_per_year: 6000}]                | A2021-01-01 | Article 20(3): importer obligations from 1 January 2021 (not yet due on 2020-12-31)
      eu-conflict-minerals | 2026-12-04 | headquarters: BE                                                      | ?           | Article 1(3): the import volumes decide; eu_imports missing
      # EU CSRD, Directive (EU) 2022/2464 (as amended by Directive (EU) 2025/794 and Omnibus I)
      eu-csrd | 2026-12-04 | headquarters: FR; listed_on_eu_regulated_market: true; employees: {worldwide: 6000}; turnover_eur: 2_000_000_000 | A2024-01-01 | Article 5(2)(a): large public-interest entity above 500 employees, financial year 2024
      eu-csrd | 2026-12-04 | headquarters: FR; listed_on_eu_regulated_market: false; public_interest_entity: false; employees: {worldwide: 6000}; turnover_eur: 2_000_000_000 | A2027-01-01 | Article 5(2)(b) postponed by Directive (EU) 2025/794; Omnibus I: > 1,000 employees and > EUR 450 m
      eu-csrd | 2026-12-04 | headquarters: FR; listed_on_eu_regulated_market: false; public_interest_entity: false; employees: {worldwide: 900}; turnover_eur: 500_000_000 | N | Omnibus I: 900 employees <= 1,000
      eu-csrd | 2026-12-04 | headquarters: JP; eu_turnover_eur: 2_000_000_000                       | ?           | Article 40a: the EU subsidiary or branch facts are missing
      eu-csrd | 2026-12-04 | headquarters: JP; eu_turnover_eur: 2_000_000_000; eu_subsidiaries: [{country: DE, turnover_eur: 300_000_000, employees: 900}] | A2028-01-01 | Article 40a after Omnibus I: EU turnover > EUR 450 m and a subsidiary > EUR 200 m
      eu-csrd | 2026-12-04 | headquarters: JP; eu_turnover_eur: 400_000_000; eu_subsidiaries: [{country: DE, turnover_eur: 300_000_000, employees: 900}] | N | Article 40a after Omnibus I: EU turnover EUR 400 m <= EUR 450 m
      eu-csrd | 2026-02-23 | headquarters: FR; public_interest_entity: false; employees: {worldwide: 300}; turnover_eur: 60_000_000 | A2027-01-01 | Article 5(2)(b) as postponed by Directive (EU) 2025/794: large undertaking (300 > 250, EUR 60 m > EUR 50 m)
      # OECD Due Diligence Guidance (2016): voluntary, all minerals
      oecd-ddg | 2026-12-04 | headquarters: FR                                                        | R           | OECD Council Recommendation: voluntary, recommended to every company
      oecd-ddg | 2026-12-04 | materials_used: [copper]                                                | R           | OECD guidance third edition: covers all minerals, not only 3TG
      # French duty of vigilance, Code de commerce L. 225-102-4 (two consecutive years)
      fr-duty-of-vigilance | 2026-12-04 | headquarters: FR; employees: {FR: 6200, worldwide: 7000}       | A2017-03-29 | L. 225-102-4: 6,200 >= 5,000 in France; previous year assumed as current
      fr-duty-of-vigilance | 2026-12-04 | headquarters: FR; employees: {FR: 6200, worldwide: 7000}; employees_previous_year: {FR: 4900, worldwide: 6000} | N | L. 225-102-4: 4,900 < 5,000 the previous year
      fr-duty-of-vigilance | 2026-12-04 | headquarters: FR; employees: {FR: 5000, worldwide: 5000}; employees_previous_year: {FR: 5000, worldwide: 5000} | A2017-03-29 | L. 225-102-4: at least 5,000 in France both years
      fr-duty-of-vigilance | 2026-12-04 | headquarters: FR; employees: {FR: 4999, worldwide: 9000}; employees_previous_year: {FR: 4999, worldwide: 9000} | N | L. 225-102-4: 4,999 < 5,000 in France and 9,000 < 10,000 worldwide
      fr-duty-of-vigilance | 2026-12-04 | headquarters: FR; employees: {FR: 3000, worldwide: 10000}; employees_previous_year: {FR: 3000, worldwide: 10000} | A2017-03-29 | L. 225-102-4: at least 10,000 worldwide both years
      fr-duty-of-vigilance | 2026-12-04 | employees: {FR: 6200, worldwide: 7000}; employees_previous_year: {FR: 6200, worldwide: 7000} | ? | L. 225-102-4: a company registered in France; headquarters missing
      # German LkSG, section 1(1)
      de-lksg | 2026-12-04 | employees: {DE: 1000}                                                     | A2024-01-01 | LkSG section 1(1) second sentence: at least 1,000 in Germany from 2024
      de-lksg | 2026-12-04 | employees: {DE: 999}                                                      | N           | LkSG section 1(1): 999 < 1,000
      de-lksg | 2023-06-01 | employees: {DE: 3000}                                                     | A2023-01-01 | LkSG section 1(1) first sentence: at least 3,000 in Germany from 2023
      # EU Critical Raw Materials Act, Regulation (EU) 2024/1252, Article 24
      eu-crma | 2026-12-04 | manufactures_strategic_technologies: true; employees: {worldwide: 800}; turnover_eur: 200_000_000; materials_used: [cobalt] | A2027-05-24 | Article 24(1): first assessment by 24 May 2027 (not the Member States' 24 May 2025)
      eu-crma | 2026-12-04 | manufactures_strategic_technologies: true; employees: {worldwide: 500}; turnover_eur: 200_000_000; materials_used: [cobalt] | N | Article 24: large company means more than 500 employees
      eu-crma | 2026-12-04 | employees: {worldwide: 800}; turnover_eur: 200_000_000; materials_used: [cobalt] | ? | Article 24: manufactures_strategic_technologies missing
      # EU Deforestation Regulation, Regulation (EU) 2023/1115 as amended by Regulation (EU) 2025/2650
      eu-deforestation | 2026-12-04 | materials_used: [wood, rubber]; employees: {worldwide: 85}; turnover_eur: 14_000_000; balance_sheet_eur: 9_000_000 | A2026-12-30 | Article 38 as amended: not a micro or small undertaking, from 30 December 2026
      eu-deforestation | 2026-12-04 | materials_used: [cocoa]; employees: {worldwide: 10}; turnover_eur: 1_000_000; balance_sheet_eur: 500_000 | A2027-06-30 | Article 38 as amended: micro or small undertaking, from 30 June 2027
      eu-deforestation | 2026-12-04 | materials_used: [copper, tin]; employees: {worldwide: 85}; turnover_eur: 14_000_000 | N | Article 1 and Annex I: no relevant commodity
      # EU Batteries Regulation, Regulation (EU) 2023/1542, Article 47(2), as postponed by Regulation (EU) 2025/1561
      eu-batteries | 2026-12-04 | places_batteries_on_eu_market: true; turnover_eur: 40_000_000         | A2027-08-18 | Article 47(2): EUR 40 m is not below EUR 40 m
      eu-batteries | 2026-12-04 | places_batteries_on_eu_market: true; turnover_eur: 39_999_999         | N           | Article 47(2): below EUR 40 m, exempt
      # EU Forced Labour Regulation, Regulation (EU) 2024/3015, Article 38
      eu-forced-labour | 2026-12-04 | places_products_on_eu_market: true                                 | A2027-12-14 | Article 38: applies from 14 December 2027, no size threshold
      eu-forced-labour | 2026-12-04 | places_products_on_eu_market: false                                | N           | Article 3: prohibition concerns products placed on the EU market
      # EU CSDDD, Directive (EU) 2024/1760 as amended by Omnibus I
      eu-csddd | 2026-12-04 | headquarters: FR; employees: {worldwide: 5001}; turnover_eur: 1_600_000_000 | A2029-07-26 | Article 2(1) after Omnibus I: > 5,000 employees and > EUR 1.5 bn
      eu-csddd | 2026-12-04 | headquarters: FR; employees: {worldwide: 5000}; turnover_eur: 1_600_000_000 | N           | Article 2(1) after Omnibus I: 5,000 is not more than 5,000
      # UK Modern Slavery Act 2015, section 54 and SI 2015/1833
      uk-modern-slavery | 2026-12-04 | uk_business: true; turnover_gbp: 36_000_000                        | A2016-03-31 | SI 2015/1833 regulation 2: at least GBP 36 m
      uk-modern-slavery | 2026-12-04 | uk_business: true; turnover_gbp: 35_999_999                        | N           | SI 2015/1833 regulation 2: below GBP 36 m
      # Dodd-Frank section 1502 and SEC Rule 13p-1; UFLPA
      us-dodd-frank-1502 | 2026-12-04 | sec_issuer: true; materials_used: [tin]                          | A2013-01-01 | Rule 13p-1: SEC issuer whose products need tin
      us-dodd-frank-1502 | 2026-12-04 | sec_issuer: false; materials_used: [tin]                         | N           | Rule 13p-1: not an SEC issuer
      us-uflpa | 2026-12-04 | imports_into_us: true                                                    | A2022-06-21 | Public Law 117-78 section 3: rebuttable presumption from 21 June 2022
      us-uflpa | 2026-12-04 | imports_into_us: false                                                   | N           | Public Law 117-78: concerns goods imported into the United States
      # Swiss DDTrO, SR 221.433
      ch-ddtro | 2026-12-04 | headquarters: CH; turnover_chf: 50_000_000; balance_sheet_chf: 25_000_000; employees: {worldwide: 300}; ch_imports: [] | A2023-01-01 | DDTrO Article 6: exceeds two of CHF 40 m, CHF 20 m, 250 (child labour part)
      ch-ddtro | 2026-12-04 | headquarters: CH; turnover_chf: 30_000_000; balance_sheet_chf: 10_000_000; employees: {worldwide: 100}; ch_imports: [] | N | DDTrO Article 6: an SME, and no import above Annex 1
      ch-ddtro | 2026-12-04 | headquarters: CH; turnover_chf: 30_000_000; balance_sheet_chf: 10_000_000; employees: {worldwide: 100}; ch_imports: [{cn_code: 7108 12 00, kg_per_year: 150}] | A2023-01-01 | DDTrO Article 4 and Annex 1: gold 150 >= 100 kg
      ch-ddtro | 2026-12-04 | headquarters: FR; turnover_chf: 50_000_000; balance_sheet_chf: 25_000_000; employees: {worldwide: 300} | N | Code of Obligations Article 964j: seat in Switzerland
      ch-ddtro | 2026-12-04 | headquarters: CH                                                          | ?           | DDTrO Articles 4 and 6: ch_imports and the size figures missing
      # Norwegian Transparency Act, LOV-2021-06-18-99, sections 2 and 3
      no-transparency-act | 2026-12-04 | headquarters: NO; turnover_nok: 80_000_000; employees: {worldwide: 60} | A2022-07-01 | Section 3(a): NOK 80 m > NOK 70 m and 60 > 50 employees
      no-transparency-act | 2026-12-04 | headquarters: NO; turnover_nok: 60_000_000; balance_sheet_nok: 30_000_000; employees: {worldwide: 60} | N | Section 3(a): only one of the three limits exceeded
      no-transparency-act | 2026-12-04 | headquarters: SE; offers_goods_or_services_in_norway: true; taxable_in_norway: true; turnover_nok: 80_000_000; employees: {worldwide: 60} | A2022-07-01 | Section 2: foreign enterprise offering in Norway and liable to tax there
      no-transparency-act | 2026-12-04 | headquarters: SE; offers_goods_or_services_in_norway: true; taxable_in_norway: false; turnover_nok: 80_000_000; employees: {worldwide: 60} | N | Section 2: not liable to tax in Norway
      no-transparency-act | 2026-12-04 | headquarters: SE; turnover_nok: 80_000_000; employees: {worldwide: 60} | ? | Section 2: offering in Norway and tax liability missing
      # EU sanctions on Russian-origin gold, Regulation (EU) No 833/2014 Article 3o
      eu-russia-gold-sanctions | 2026-12-04 | headquarters: FR; materials_used: [gold]                   | A2022-07-22 | Article 3o (Regulation (EU) 2022/1269): binds every EU company buying gold
      eu-russia-gold-sanctions | 2026-12-04 | headquarters: FR; materials_used: [copper]                 | N           | Article 3o: concerns gold and Annex XXVI goods only
      eu-russia-gold-sanctions | 2026-12-04 | headquarters: US; places_products_on_eu_market: false; materials_used: [gold] | N | Article 13 of Regulation (EU) No 833/2014: no business in the EU
      eu-russia-gold-sanctions | 2022-07-21 | headquarters: FR; materials_used: [gold]                   | N           | Regulation (EU) 2022/1269: not yet in effect on 21 July 2022
      eu-russia-gold-sanctions | 2026-12-04 | headquarters: FR                                            | ?           | Article 3o: materials_used missing
      """)
  void handCheckedOutcome(String text, String date, String profile, String expected, String basis) {
    RegulationAssessment a = Rules.assess(text, profile.strip().replace("; ", "\n") + "\n", LocalDate.parse(date));
    assertThat(code(a))
        .as("%s on %s (%s)%n%s", text, date, basis, String.join("\n", a.outcome().reasons(Rules.ENGLISH)))
        .isEqualTo(expected.strip());
    if (a.outcome() instanceof Applicability.CannotTell c) {
      // every "cannot tell" names the facts to give
      assertThat(c.missingFacts()).as(basis).isNotEmpty();
    }
  }

  private static String code(RegulationAssessment a) {
    return switch (a.outcome()) {
      case Applicability.Applies ap -> "A" + ap.from();
      case Applicability.DoesNotApply d -> "N";
      case Applicability.CannotTell c -> "?";
      case Applicability.Recommended r -> "R";
    };
  }
}
