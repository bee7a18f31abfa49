package fr.vigie.engine.regulation;

import static fr.vigie.engine.regulation.Rules.assess;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French applicability reasons: one known answer per policy family, the French number and
 * date formats, and the English reasons left as they were.
 */
class FrenchReasonsTests {

  private static List<String> fr(String id, String yaml) {
    RegulationAssessment a = assess(id, yaml);
    assertThat(a.outcome().reasons(Rules.FRENCH)).hasSameSizeAs(a.outcome().reasons(Rules.ENGLISH));
    return a.outcome().reasons(Rules.FRENCH);
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(delimiter = '|', value = {
    "COUNT | 6200 | 6,200 | 6\u202f200",
    "COUNT | 6200.5 | 6,200.5 | 6\u202f200,5",
    "COUNT | 1234567 | 1,234,567 | 1\u202f234\u202f567",
    "KG | 12345 | 12,345 kg | 12\u202f345\u00a0kg",
    "EUR | 1500000000 | EUR 1.5 bn | 1,5\u00a0Md\u00a0EUR",
    "EUR | 40000000 | EUR 40 m | 40\u00a0M\u00a0EUR",
    "EUR | 39999999 | EUR 39,999,999 | 39\u202f999\u202f999\u00a0EUR",
    "GBP | 36000000 | GBP 36 m | 36\u00a0M\u00a0GBP"
  })
  void figuresInBothLanguages(Check.Unit unit, String value, String en, String fr) {
    // French groups thousands with a narrow no-break space (CLDR), units follow a no-break space
    assertThat(Rules.ENGLISH.render(unit.format(new BigDecimal(value)).text())).isEqualTo(en);
    assertThat(Rules.FRENCH.render(unit.format(new BigDecimal(value)).text())).isEqualTo(fr);
  }

  @Test
  void datesAreWrittenInTheReadersLanguage() {
    Reason from = Reason.of("regulation.reason.tier.obligations_apply_from_after_the",
        LocalDate.of(2029, 7, 26), LocalDate.of(2024, 1, 1));
    assertThat(Rules.ENGLISH.render(from.text()))
        .isEqualTo("obligations apply from 26 July 2029 (after the reference date 1 January 2024)");
    assertThat(Rules.FRENCH.render(from.text()))
        .isEqualTo("obligations applicables à partir du 26 juillet 2029 (après la date de référence du 1er janvier 2024)");
  }

  @Test
  void dutyOfVigilanceCountsEmployeesInFrance() {
    String yaml = "headquarters: FR\nemployees: {FR: 6200, worldwide: 6300}\n"
        + "employees_previous_year: {FR: 6100, worldwide: 6200}\n";
    assertThat(fr("fr-duty-of-vigilance", yaml)).contains(
        "rempli\u00a0: siège en FR",
        "rempli\u00a0: 6\u202f200 salariés en FR ≥ 5\u202f000",
        "rempli\u00a0: 6\u202f100 salariés en FR l'année précédente ≥ 5\u202f000",
        "obligations applicables depuis le 29 mars 2017");
    // the English reason is unchanged
    assertThat(assess("fr-duty-of-vigilance", yaml).outcome().reasons(Rules.ENGLISH))
        .contains("met: 6,200 employees in FR ≥ 5,000");
  }

  @Test
  void csdddGivesTurnoverInBillionsOfEuros() {
    // 1,600,000,000 = 1.6 bn > 1.5 bn (Omnibus I); applies from 26 July 2029
    assertThat(fr("eu-csddd", "headquarters: FR\nemployees: {worldwide: 5001}\nturnover_eur: 1600000000\n"))
        .contains(
            "rempli\u00a0: siège en FR (État membre de l'UE)",
            "rempli\u00a0: 5\u202f001 salariés dans le monde > 5\u202f000",
            "rempli\u00a0: chiffre d'affaires net mondial de 1,6\u00a0Md\u00a0EUR > 1,5\u00a0Md\u00a0EUR",
            "obligations applicables à partir du 26 juillet 2029 (après la date de référence du"
                + " 30 novembre 2026)")
        // the version is named by its title, not by its id
        .contains("règles\u00a0: Directive (UE) 2024/1760 modifiée par le paquet Omnibus I (en vigueur depuis le"
            + " 24 février 2026) [dates ou seuils non vérifiés]");
  }

  @Test
  void csrdNamesThePhaseForNonEuGroups() {
    assertThat(fr("eu-csrd", "headquarters: FR\nemployees: {worldwide: 900}\nturnover_eur: 400000000\n"))
        .contains(
            "non rempli\u00a0: 900 salariés dans le monde ≤ 1\u202f000",
            "non rempli\u00a0: chiffre d'affaires net de 400\u00a0M\u00a0EUR ≤ 450\u00a0M\u00a0EUR",
            "non rempli\u00a0: la phase à partir du 1er janvier 2028 concerne les groupes hors"
                + " UE\u00a0; siège en FR (UE)");
  }

  @Test
  void batteriesTurnoverBelow40Million() {
    assertThat(fr("eu-batteries", "places_batteries_on_eu_market: true\nturnover_eur: 39999999\n"))
        .contains("non rempli\u00a0: chiffre d'affaires net de 39\u202f999\u202f999\u00a0EUR"
            + " < 40\u00a0M\u00a0EUR");
  }

  @Test
  void conflictMineralsVolumesInKilograms() {
    String yaml = "headquarters: FR\neu_imports:\n  - {cn_code: \"2609 00 00\", kg_per_year: 6000}\n";
    assertThat(fr("eu-conflict-minerals", yaml))
        .contains("rempli\u00a0: 6\u202f000\u00a0kg par an en minerais d'étain et leurs concentrés"
            + " (2609 00 00, annexe I partie A) ≥ 5\u202f000\u00a0kg");
    assertThat(fr("eu-conflict-minerals", "eu_imports: []\n"))
        .contains("non rempli\u00a0: aucune importation d'un minerai ou métal de l'annexe I");
  }

  @Test
  void deforestationCommoditiesAndSize() {
    String yaml = "materials_used: [copper, wood]\nemployees: {worldwide: 60}\n"
        + "turnover_eur: 12500000\nbalance_sheet_eur: 1000000\n";
    assertThat(fr("eu-deforestation", yaml)).contains(
        "rempli\u00a0: utilise bois (produits de base concernés)",
        "rempli\u00a0: 60 salariés dans le monde > 50",
        "rempli\u00a0: chiffre d'affaires net de 12,5\u00a0M\u00a0EUR > 10\u00a0M\u00a0EUR");
  }

  @Test
  void theCommoditiesAndMineralsOfAReasonAreNamedInFrench() {
    // the EUDR's commodities (ids cattle ... wood, sorted by id) and the 3TG are terms, not ids
    assertThat(fr("eu-deforestation", "materials_used: [copper]\nemployees: {worldwide: 60}\n")).contains(
        "non rempli\u00a0: n'utilise pas de produits de base concernés (bovins, cacao, café, palmier à huile,"
            + " caoutchouc, soja, bois)");
    // with the reference data's names (as every report has them), the 3TG are named in French
    fr.vigie.engine.kernel.Messages named = fr.vigie.engine.kernel.Messages.of(java.util.Locale.FRENCH,
        fr.vigie.engine.refdata.ReferenceData.loadDefault().termNames());
    assertThat(assess("us-dodd-frank-1502", "materials_used: [copper]\n").outcome().reasons().stream()
        .map(named::render).toList()).anyMatch(r -> r.contains("(Or, Tantale, Étain, Tungstène)"));
  }

  @Test
  void criticalRawMaterialsMissingFactIsNamed() {
    assertThat(fr("eu-crma", "employees: {worldwide: 800}\nturnover_eur: 200000000\nmaterials_used: [cobalt]\n"))
        .contains("manquant\u00a0: manufactures_strategic_technologies non renseigné");
  }

  @Test
  void yesNoFactsOfTheOtherTexts() {
    assertThat(fr("eu-forced-labour", "places_products_on_eu_market: true\n"))
        .contains("rempli\u00a0: met des produits sur le marché de l'UE (pas de seuil de taille)");
    assertThat(fr("de-lksg", "employees: {DE: 1500, worldwide: 4000}\n"))
        .contains("rempli\u00a0: 1\u202f500 salariés en DE ≥ 1\u202f000",
            "obligations applicables depuis le 1er janvier 2024");
    assertThat(fr("us-dodd-frank-1502", "sec_issuer: false\n"))
        .contains("non rempli\u00a0: n'est pas un émetteur enregistré auprès de la SEC");
    assertThat(fr("uk-modern-slavery", "uk_business: true\nturnover_gbp: 35999999\n"))
        .contains("non rempli\u00a0: chiffre d'affaires total de 35\u202f999\u202f999\u00a0GBP"
            + " < 36\u00a0M\u00a0GBP");
    assertThat(fr("us-uflpa", "imports_into_us: true\n"))
        .contains("rempli\u00a0: importe des marchandises aux États-Unis (pas de seuil de taille)");
  }

  @Test
  void oecdGuidanceIsVoluntary() {
    assertThat(fr("oecd-ddg", "headquarters: FR\n").get(0))
        .startsWith("recommandé\u00a0: guide volontaire (troisième édition, 2016) couvrant tous les minerais");
  }

  @Test
  void textNotYetInEffectUsesItsFrenchName() {
    RegulationAssessment a =
        assess("de-lksg", "employees: {DE: 1500}\n", LocalDate.of(2016, 1, 1));
    assertThat(a.outcome().reasons(Rules.FRENCH)).containsExactly(
        "ne s'applique pas\u00a0: Loi allemande sur le devoir de vigilance dans les chaînes"
            + " d'approvisionnement (LkSG) n'était pas en vigueur le 1er janvier 2016 (première"
            + " version en vigueur à partir du 1er janvier 2023)");
  }

  @Test
  void everyTextHasAsManyFrenchAsEnglishReasonsAndNoneLeftInEnglish() {
    for (RegulationAssessment a : Rules.ENGINE.assess(Rules.profile("headquarters: FR\n"), Rules.AS_OF)) {
      assertThat(a.outcome().reasons(Rules.FRENCH)).as(a.text().id())
          .hasSameSizeAs(a.outcome().reasons(Rules.ENGLISH))
          .noneMatch(r -> r.startsWith("applies") || r.startsWith("does not apply")
              || r.startsWith("cannot tell") || r.startsWith("rules:"));
    }
  }
}
