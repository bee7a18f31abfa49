package fr.vigie.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessagesTests {

  @Test
  void plainMessagesOfALanguageAreMadeOnceAndKeptForABoundedNumberOfLanguages() {
    assertThat(Messages.of(Locale.FRENCH)).isSameAs(Messages.of(Locale.FRENCH));
    assertThat(Messages.of(Locale.FRENCH).get("kernel.format.first_day")).isEqualTo("d'er' MMMM yyyy");
    for (int i = 0; i < 3 * Messages.KEPT_LANGUAGES; i++) {
      Locale odd = Locale.forLanguageTag("x-odd" + i);
      assertThat(Messages.of(odd).locale()).isEqualTo(odd);
    }
    assertThat(Messages.kept()).isLessThanOrEqualTo(Messages.KEPT_LANGUAGES);
  }

  @Test
  void rendersAProblemWithItsPlaceInEachLanguage() {
    Problem p = Problem.error("test.third_locale", "xyz").at("profile.yaml", 12);
    // English and French have no pattern for this test code: the key shows, so tests can find it
    assertThat(p.render(Messages.english())).isEqualTo("profile.yaml:12: ??problem.test.third_locale??");
    assertThat(p.render(Messages.of(Locale.FRENCH)))
        .isEqualTo("profile.yaml, ligne 12 : ??problem.test.third_locale??");
  }

  @Test
  void aThirdLanguageIsOnlyBundleFiles() {
    // kernel_de and problem_de exist only in the test resources: no code knows German
    Messages german = Messages.of(Locale.GERMAN);
    Problem p = Problem.error("test.third_locale", "xyz").at("f.csv", 3);
    assertThat(p.render(german)).isEqualTo("f.csv, Zeile 3: Wert xyz ist unbekannt");
    // a key German lacks falls back to the English file, not to the machine's default locale
    assertThat(german.get("kernel.place.path", "f.csv", "col")).isEqualTo("f.csv (col)");
  }

  @Test
  void theMachineLocaleIsNeverUsed() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(Messages.english().get("kernel.place.line", "a", "1")).isEqualTo("a:1");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void termsAreNamedFromTheDataThenEnglishThenTheId() {
    TermNames names =
        (kind, id, locale) ->
            kind.equals("mineral") && id.equals("cobalt")
                ? Optional.of(locale.getLanguage().equals("fr") ? "Cobalt (fr)" : "Cobalt")
                : kind.equals("mineral") && id.equals("tin") && locale.getLanguage().equals("en")
                    ? Optional.of("Tin")
                    : Optional.empty();
    Messages fr = Messages.of(Locale.FRENCH, names);
    assertThat(fr.render(Term.of("mineral", "cobalt"))).isEqualTo("Cobalt (fr)");
    assertThat(fr.render(Term.of("mineral", "tin"))).isEqualTo("Tin");
    assertThat(fr.render(Term.of("mineral", "unobtainium"))).isEqualTo("unobtainium");
  }

  @Test
  void numbersAndDatesFollowTheLanguage() {
    assertThat(Messages.of(Locale.FRENCH).render(0.7634)).isEqualTo("0,763");
    assertThat(Messages.english().render(0.7634)).isEqualTo("0.763");
    assertThat(Messages.english().render(LocalDate.of(2027, 7, 26))).isEqualTo("26 July 2027");
    assertThat(Messages.of(Locale.FRENCH).render(LocalDate.of(2027, 7, 26))).isEqualTo("26 juillet 2027");
    // French writes the first of a month as an ordinal, English does not
    assertThat(Messages.of(Locale.FRENCH).render(LocalDate.of(2026, 1, 1))).isEqualTo("1er janvier 2026");
    assertThat(Messages.english().render(LocalDate.of(2026, 1, 1))).isEqualTo("1 January 2026");
  }

  @Test
  void nestedTextsRenderInTheSameLanguage() {
    Text inner = Text.of("kernel.place.line", "a.csv", "4");
    assertThat(Messages.of(Locale.FRENCH).render(Text.of("kernel.problem.with_place", inner, "x")))
        .isEqualTo("a.csv, ligne 4 : x");
  }

  @Test
  void aProblemExceptionLogsInEnglishAndKeepsEveryProblem() {
    ProblemException e =
        new ProblemException(
            java.util.List.of(Problem.error("a").at("f", 1), Problem.warning("b").atPath("k")));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.first().code()).isEqualTo("a");
    assertThat(e.getMessage()).isEqualTo("f:1: ??problem.a??; k: ??problem.b??");
    assertThatThrownBy(() -> new ProblemException(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
