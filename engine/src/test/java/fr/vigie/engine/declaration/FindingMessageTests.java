package fr.vigie.engine.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.refdata.ReferenceData;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A finding's message is a key of the declaration bundle, rendered in the reader's language. */
class FindingMessageTests {
  private static final TermNames DATA = ReferenceData.loadDefault().termNames();

  @Test
  void aFindingNamesItsMineralAndCountryInTheReadersLanguage() {
    // question 1 unanswered for tin: the mineral is a reference term, named from minerals.csv
    Finding question = new Finding(Severity.ERROR, "question-required", "Declaration", "D24",
        Text.of("declaration.finding.question-required", "1", Term.of("mineral", "tin")));
    assertThat(question.message(Messages.of(Locale.ENGLISH, DATA))).isEqualTo("question 1 is not answered for Tin");
    assertThat(question.message(Messages.of(Locale.FRENCH, DATA)))
        .isEqualTo("la question 1 est sans réponse pour le minerai : Étain");

    // a smelter in the Democratic Republic of the Congo, with the CAHRA list's label as given
    Finding cahra = new Finding(Severity.WARNING, "smelter-in-cahra", "Smelter List", "E7",
        Text.of("declaration.finding.smelter-in-cahra", "Kivu Metals", Term.of("country", "COD"), "Dodd-Frank 1502"));
    assertThat(cahra.message(Messages.of(Locale.FRENCH, DATA)))
        .isEqualTo("la fonderie « Kivu Metals » est située dans un pays en zone de conflit ou à haut risque :"
            + " République démocratique du Congo (liste CAHRA : Dodd-Frank 1502)");
    assertThat(cahra.location()).isEqualTo("'Smelter List'!E7");
  }

  @Test
  void aRequiredFieldIsNamedFromTheBundleAndSizesFollowTheLanguage() {
    Finding field = Finding.ofFile(Severity.ERROR, "required-field",
        Text.of("declaration.finding.required-field", Text.of("declaration.field.company_name")));
    assertThat(field.message(Messages.english())).isEqualTo("required field 'company name' is empty");
    assertThat(field.message(Messages.of(Locale.FRENCH)))
        .isEqualTo("le champ obligatoire « nom de l'entreprise » est vide");

    // 52,428,800 bytes = 50.0 MB, above a 20 MB limit
    Finding size = Finding.ofFile(Severity.ERROR, "file-too-large",
        Text.of("declaration.finding.file-too-large", 52_428_800 / 1048576.0, 20.0));
    assertThat(size.message(Messages.english()))
        .isEqualTo("file is 50.0 MB, above the 20.0 MB limit (raise it with --max-size)");
    assertThat(size.message(Messages.of(Locale.FRENCH)))
        .isEqualTo("le fichier fait 50,0 Mo, au-delà de la limite de 20,0 Mo (option --max-size)");
  }
}
