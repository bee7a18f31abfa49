package fr.vigie.engine.duediligence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianGoldBanTests {

  @Test
  void onlyGoldLocatedInRussiaIsCovered() {
    assertThat(RussianGoldBan.covers("gold", "RUS")).isTrue();
    // another metal from Russia, or gold from elsewhere, is not under Article 3o
    assertThat(RussianGoldBan.covers("palladium", "RUS")).isFalse();
    assertThat(RussianGoldBan.covers("gold", "CHE")).isFalse();
    assertThat(RussianGoldBan.SOURCE).contains("833/2014", "3o", "2022/1269");
  }
}
