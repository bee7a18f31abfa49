package fr.vigie.engine.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.engine.declaration.consolidate.Consolidation;
import fr.vigie.engine.declaration.consolidate.KnownSmelters;
import fr.vigie.engine.declaration.consolidate.SmelterConsolidator;
import fr.vigie.engine.declaration.fill.SupplierAnswers;
import fr.vigie.engine.declaration.fill.TemplateFiller;
import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.generate.TemplateWriter;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.mineral.MineralId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company's own declaration, filled into a blank template built here from the layout facts. */
class OwnDeclarationTests {
  @TempDir Path dir;

  static final MineralId TIN = MineralId.of("tin");
  static final MineralId GOLD = MineralId.of("gold");

  /** A blank copy of a version: labels where the template has them, no answer, no smelter. */
  static Path blank(Path dir, Layout l) {
    Company empty = new Company("", Scope.BLANK, "", "", "", "", "", new Contact("", "", ""), new Contact("", "", ""),
        "", Optional.empty(), "");
    Declaration d = new Declaration(l.template(), l.version(), empty, l.fixedMinerals(), List.of(), List.of(), List.of(),
        List.of(), List.of());
    Path p = dir.resolve("blank-" + l.template() + ".xlsx");
    new TemplateWriter(l, Language.FR).write(d, p);
    return p;
  }

  @Test
  void fillsTheBlankCmrtWithTheAggregatedAnswersAndTheSmelters() {
    Fixtures.Version v = Fixtures.version(Template.CMRT, "6.5", Language.EN);
    Declaration a = Fixtures.clean(v, 31, 12);
    Declaration b = withAnswer(Fixtures.clean(v, 32, 12), TIN, Question.CAHRA_SOURCING, Answer.YES);
    SupplierAnswers answers = new SupplierAnswers();
    answers.add(a);
    answers.add(b);
    SmelterConsolidator c = new SmelterConsolidator(KnownSmelters.empty());
    c.add("A", a);
    c.add("B", b);
    Consolidation smelters = c.result();
    Path out = dir.resolve("our-cmrt.xlsx");

    TemplateFiller.Filled filled = new TemplateFiller(TestCountries.registry()).fill(blank(dir, v.layout()), out,
        new TemplateFiller.OwnCompany("Notre Société SA", "Jeanne Achat", "jeanne@notre.example", "+33 1 00 00 00 00",
            "Marc Direction", "marc@notre.example", LocalDate.of(2026, 6, 1)),
        answers, smelters, OptionalInt.of(4));

    assertThat(filled.template()).isEqualTo("CMRT 6.5");
    Declaration own = Fixtures.readOk(out).declaration();
    assertThat(own.company().name()).isEqualTo("Notre Société SA");
    assertThat(own.company().effectiveDate()).contains(LocalDate.of(2026, 6, 1));
    // tin: one supplier sources from CAHRA -> Yes; gold: both answered No -> No
    assertThat(own.answersFor(TIN).orElseThrow().answer(Question.CAHRA_SOURCING)).isEqualTo(Answer.YES);
    assertThat(own.answersFor(GOLD).orElseThrow().answer(Question.CAHRA_SOURCING)).isEqualTo(Answer.NO);
    assertThat(own.answersFor(GOLD).orElseThrow().answer(Question.INTENTIONALLY_ADDED)).isEqualTo(Answer.YES);
    // 2 answers out of 4 suppliers asked: 50%, the band "50% or less"
    assertThat(own.answersFor(GOLD).orElseThrow().rate()).isEqualTo(ResponseRate.FIFTY_OR_LESS);
    assertThat(own.smelters()).hasSize(smelters.smelters().size());
    assertThat(own.smelters()).extracting(SmelterRow::smelterId)
        .containsExactlyInAnyOrderElementsOf(smelters.smelters().stream().map(s -> s.smelterId()).toList());
  }

  @Test
  void aBlankAmrtWithoutMineralsGetsTheMineralsTheSuppliersDeclared() {
    Fixtures.Version v = Fixtures.version(Template.AMRT, "1.3", Language.FR);
    Declaration a = Fixtures.clean(v, 41, 8);
    SupplierAnswers answers = new SupplierAnswers();
    answers.add(a);
    SmelterConsolidator c = new SmelterConsolidator(KnownSmelters.empty());
    c.add("A", a);
    Path out = dir.resolve("our-amrt.xlsx");

    new TemplateFiller(TestCountries.registry()).fill(blank(dir, v.layout()), out,
        new TemplateFiller.OwnCompany("Notre Société SA", "Jeanne Achat", "jeanne@notre.example", "+33 1 00 00 00 00",
            "Marc Direction", "marc@notre.example", LocalDate.of(2026, 6, 1)),
        answers, c.result(), OptionalInt.empty());

    Declaration own = Fixtures.readOk(out).declaration();
    assertThat(own.mineralsInScope()).containsExactlyElementsOf(a.mineralsInScope());
    assertThat(own.minerals()).allSatisfy(m -> assertThat(m.answer(Question.INTENTIONALLY_ADDED)).isEqualTo(Answer.YES));
    assertThat(own.smelters()).isNotEmpty();
  }

  @Test
  void aggregationRulesPerQuestion() {
    Fixtures.Version v = Fixtures.version(Template.CMRT, "6.5", Language.EN);
    Declaration yes = withAnswer(Fixtures.clean(v, 1, 4), TIN, Question.RECYCLED_OR_SCRAP_100, Answer.YES);
    Declaration unknown = withAnswer(Fixtures.clean(v, 2, 4), TIN, Question.RECYCLED_OR_SCRAP_100, Answer.UNKNOWN);
    Declaration no = withAnswer(Fixtures.clean(v, 3, 4), TIN, Question.RECYCLED_OR_SCRAP_100, Answer.NO);
    SupplierAnswers yesUnknown = of(yes, unknown);
    SupplierAnswers yesYes = of(yes, yes);
    SupplierAnswers yesNo = of(yes, no);
    // 100% recycled: all Yes -> Yes; a No -> No; Yes and Unknown -> Unknown
    assertThat(yesYes.answer(TIN, Question.RECYCLED_OR_SCRAP_100)).isEqualTo(Answer.YES);
    assertThat(yesNo.answer(TIN, Question.RECYCLED_OR_SCRAP_100)).isEqualTo(Answer.NO);
    assertThat(yesUnknown.answer(TIN, Question.RECYCLED_OR_SCRAP_100)).isEqualTo(Answer.UNKNOWN);
    // response rate: 10 of 10 -> 100%; 9 of 10 (90%, not more) -> greater than 75%; 6 of 10 -> greater than 50%
    assertThat(SupplierAnswers.rate(10, 10)).isEqualTo(ResponseRate.ALL_100);
    assertThat(SupplierAnswers.rate(9, 10)).isEqualTo(ResponseRate.GREATER_THAN_75);
    assertThat(SupplierAnswers.rate(6, 10)).isEqualTo(ResponseRate.GREATER_THAN_50);
    assertThat(SupplierAnswers.rate(5, 10)).isEqualTo(ResponseRate.FIFTY_OR_LESS);
    assertThat(SupplierAnswers.rate(0, 10)).isEqualTo(ResponseRate.NONE);
  }

  private static SupplierAnswers of(Declaration... ds) {
    SupplierAnswers s = new SupplierAnswers();
    for (Declaration d : ds) {
      s.add(d);
    }
    return s;
  }

  private static Declaration withAnswer(Declaration d, MineralId mineral, Question q, Answer a) {
    List<MineralAnswers> answers = d.minerals().stream().map(m -> {
      if (!m.mineral().equals(mineral)) {
        return m;
      }
      Map<Question, Reply> replies = new EnumMap<>(m.replies());
      Reply r = replies.get(q);
      replies.put(q, new Reply.Choice(r.cell(), a.name(), "", a));
      return new MineralAnswers(m.mineral(), replies);
    }).toList();
    return SampleDeclarations.withMinerals(d, d.mineralsInScope(), answers);
  }
}
