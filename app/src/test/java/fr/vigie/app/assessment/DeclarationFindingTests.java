package fr.vigie.app.assessment;

import java.util.List;
import java.util.Locale;

import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored finding keeps its message key and arguments (terms, nested texts, numbers) through jsonb. */
class DeclarationFindingTests {

    @Test
    void findingsRoundTripThroughTheirJsonWithoutSentences() {
        Finding field = new Finding(Severity.ERROR, "required-field", "Declaration", "D8",
                Text.of("declaration.finding.required-field", Text.of("declaration.field.company_name")));
        Finding recycled = new Finding(Severity.WARNING, "recycled-claim-inconsistent", "Declaration", "D40",
                Text.of("declaration.finding.recycled-claim-inconsistent", Term.of("mineral", "tin"), 3, "12"));

        String json = JsonMapper.builder().build()
                .writeValueAsString(List.of(DeclarationFinding.of(field), DeclarationFinding.of(recycled)));
        assertThat(json).doesNotContain("messageEn").doesNotContain("texts").contains("\"term\":\"mineral\"");

        List<DeclarationFinding> back = DeclarationStore.findings(json);
        assertThat(back).extracting(DeclarationFinding::text).containsExactly(field.text(), recycled.text());
        assertThat(back.getFirst().message(Messages.of(Locale.FRENCH)))
                .isEqualTo("le champ obligatoire « nom de l'entreprise » est vide");
        // no reference names given: the mineral falls back to its id
        assertThat(back.get(1).message(Messages.english())).isEqualTo("100% recycled or scrap tin is claimed, but 3"
                + " listed smelter(s) are not marked 100% recycled (first at Smelter List row 12)");
    }
}
