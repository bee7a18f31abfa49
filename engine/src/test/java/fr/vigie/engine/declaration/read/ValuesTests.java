package fr.vigie.engine.declaration.read;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.ResponseRate;
import fr.vigie.engine.declaration.Scope;
import fr.vigie.engine.mineral.MineralId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTests {
  @ParameterizedTest
  @CsvSource({"Yes,YES", "oui,YES", "是,YES", "はい,YES", "Sí,YES", "No,NO", "Non,NO", "否,NO", "Unknown,UNKNOWN",
      "Inconnu,UNKNOWN", "未知,UNKNOWN", "Not declaring,NOT_DECLARING", "'Yes, with the SEC',YES",
      "'Yes, in conformance with IPC1755 (e.g., CMRT)',YES", "Peut-être,UNRECOGNISED", "'',BLANK"})
  void answersInAnyLanguage(String text, Answer expected) {
    assertThat(Values.answer(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"100%,ALL_100", "1,ALL_100", "Greater than 90%,GREATER_THAN_90", "Plus de 90 %,GREATER_THAN_90",
      "大于75%,GREATER_THAN_75", "Greater than 50%,GREATER_THAN_50", "50% or less,FIFTY_OR_LESS",
      "50 % ou moins,FIFTY_OR_LESS", "50%或更少,FIFTY_OR_LESS", "None,NONE", "Aucun,NONE", "无,NONE",
      "Did not survey,DID_NOT_SURVEY", "Unknown,UNKNOWN", "Most of them,UNRECOGNISED"})
  void responseRateBands(String text, ResponseRate expected) {
    assertThat(Values.rate(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"CID002158,CID002158", "cid 2158,CID002158", "CID-2158,CID002158", "2158,CID002158",
      "' CID000001 ',CID000001"})
  void smelterIdsAreNormalised(String text, String expected) {
    assertThat(Values.smelterId(text)).contains(expected);
  }

  @Test
  void malformedSmelterIdsAreRefused() {
    assertThat(Values.smelterId("XYZ-12")).isEmpty();
    assertThat(Values.smelterId("CID0000001234")).isEmpty();
    assertThat(Values.smelterId("CID000000")).isEmpty();
  }

  @Test
  void textDatesInSeveralFormats() {
    LocalDate d = LocalDate.of(2025, 4, 25);
    assertThat(Values.date("25-Apr-2025")).contains(d);
    assertThat(Values.date("25-APR-2025")).contains(d);
    assertThat(Values.date("2025-04-25")).contains(d);
    assertThat(Values.date("25/04/2025")).contains(d);
    assertThat(Values.date("25.04.2025")).contains(d);
    assertThat(Values.date("2025年4月25日")).contains(d);
    assertThat(Values.date("31/02/2025")).isEmpty();
    assertThat(Values.date("April 2025")).isEmpty();
  }

  @Test
  void excelSerialDates() {
    // Excel serial 45772 = 2025-04-25 (days since 1899-12-30: 45772 -> 25 April 2025)
    assertThat(Values.date(new Cell(Cell.Kind.NUMBER, "45772", 45772, false))).contains(LocalDate.of(2025, 4, 25));
    assertThat(Values.date(new Cell(Cell.Kind.DATE, "45772", 45772, false))).contains(LocalDate.of(2025, 4, 25));
  }

  @Test
  void scopesByLetterOrWord() {
    assertThat(Values.scope("A. Company")).isEqualTo(Scope.COMPANY);
    assertThat(Values.scope("B. Produit (ou liste de produits)")).isEqualTo(Scope.PRODUCT);
    assertThat(Values.scope("C. 用户自定义")).isEqualTo(Scope.USER_DEFINED);
    assertThat(Values.scope("Z. ???")).isEqualTo(Scope.UNRECOGNISED);
  }

  @Test
  void metalsAndLookups() {
    assertThat(Values.metal("Étain")).contains(MineralId.of("tin"));
    assertThat(Values.metal("钨")).contains(MineralId.of("tungsten"));
    assertThat(Values.metal("Graphite")).contains(MineralId.of("natural_graphite"));
    assertThat(Values.metal("Unobtainium")).isEmpty();
    assertThat(Values.lookup("Smelter not listed")).isEqualTo(LookupKind.NOT_LISTED);
    assertThat(Values.lookup("Fonderie pas encore identifiée")).isEqualTo(LookupKind.NOT_YET_IDENTIFIED);
    assertThat(Values.lookup("冶炼厂未列出")).isEqualTo(LookupKind.NOT_LISTED);
    assertThat(Values.lookup("PT Timah Tbk")).isEqualTo(LookupKind.LISTED);
  }
}
