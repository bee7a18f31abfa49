package fr.vigie.engine.declaration.read;

import static fr.vigie.engine.declaration.Question.ALL_SMELTERS_IDENTIFIED;
import static fr.vigie.engine.declaration.Question.ALL_SMELTERS_REPORTED;
import static fr.vigie.engine.declaration.Question.CAHRA_SOURCING;
import static fr.vigie.engine.declaration.Question.COVERED_COUNTRIES;
import static fr.vigie.engine.declaration.Question.INTENTIONALLY_ADDED;
import static fr.vigie.engine.declaration.Question.RECYCLED_OR_SCRAP_100;
import static fr.vigie.engine.declaration.Question.REMAINS_IN_PRODUCT;
import static fr.vigie.engine.declaration.Question.RESPONSE_RATE;

import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Layout.CompanyQuestionCell;
import fr.vigie.engine.declaration.read.Layout.QuestionBlock;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-version layout table. CMRT 6.x positions are those of the published template (see
 * docs/declarations.md for sources); EMRT and AMRT positions follow the same construction (company
 * block from D8, question blocks of one row per mineral slot plus two, company questions every
 * other row) and are documented as such.
 */
public final class Layouts {
  private Layouts() {}

  private static final List<Question> CMRT_QUESTIONS =
      List.of(INTENTIONALLY_ADDED, REMAINS_IN_PRODUCT, COVERED_COUNTRIES, CAHRA_SOURCING,
          RECYCLED_OR_SCRAP_100, RESPONSE_RATE, ALL_SMELTERS_IDENTIFIED, ALL_SMELTERS_REPORTED);
  private static final List<Question> EMRT_QUESTIONS =
      List.of(INTENTIONALLY_ADDED, REMAINS_IN_PRODUCT, CAHRA_SOURCING, RECYCLED_OR_SCRAP_100,
          RESPONSE_RATE, ALL_SMELTERS_IDENTIFIED, ALL_SMELTERS_REPORTED);
  private static final List<Question> AMRT_QUESTIONS = List.of(INTENTIONALLY_ADDED, RESPONSE_RATE);

  /** Company block D8..D22 (CMRT 6.x, EMRT 1.x). */
  private static Map<Field, String> fieldsFrom(int idRow) {
    Map<Field, String> m = new EnumMap<>(Field.class);
    m.put(Field.COMPANY_NAME, "D8");
    m.put(Field.SCOPE, "D9");
    m.put(Field.SCOPE_DESCRIPTION, "D10");
    Field[] rest = {Field.COMPANY_ID, Field.AUTHORIZATION_ID, Field.ADDRESS, Field.CONTACT_NAME,
        Field.CONTACT_EMAIL, Field.CONTACT_PHONE, Field.AUTHORIZER_NAME, Field.AUTHORIZER_TITLE,
        Field.AUTHORIZER_EMAIL, Field.AUTHORIZER_PHONE, Field.EFFECTIVE_DATE};
    for (int i = 0; i < rest.length; i++) {
      m.put(rest[i], "D" + (idRow + i));
    }
    return m;
  }

  private static List<QuestionBlock> blocks(List<Question> qs, int firstRow, int slots) {
    List<QuestionBlock> out = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      out.add(new QuestionBlock(i + 1, qs.get(i), firstRow + i * (slots + 2)));
    }
    return out;
  }

  /** Every other row; a per-mineral question takes its label row, one row per slot and a blank row. */
  /** No per-mineral company question. */
  private static final char NONE = ' ';

  private static List<CompanyQuestionCell> companyQuestions(int count, int firstRow, char perMineral, int slots) {
    List<CompanyQuestionCell> out = new ArrayList<>();
    int row = firstRow;
    for (int i = 0; i < count; i++) {
      char letter = (char) ('A' + i);
      boolean matrix = letter == perMineral;
      out.add(new CompanyQuestionCell(letter, row, matrix));
      row += matrix ? slots + 2 : 2;
    }
    return out;
  }

  /** Label cells: company name label, the question text above each block, the list headers. */
  private static List<String> anchors(List<QuestionBlock> blocks, List<CompanyQuestionCell> cqs) {
    List<String> a = new ArrayList<>();
    a.add("B8");
    for (QuestionBlock b : blocks) {
      a.add("B" + (b.firstRow() - 1));
    }
    for (CompanyQuestionCell c : cqs) {
      a.add("B" + c.row());
    }
    return a;
  }

  private static Layout layout(Template t, String family, Set<String> versions, Map<Field, String> fields,
      List<String> scopeCells, List<MineralId> fixed, boolean sort, int slots, List<Question> qs,
      int firstQuestionRow, boolean laterNeedBoth, int companyQuestionCount, char perMineralCompanyQuestion,
      boolean mineList, boolean requester) {
    List<QuestionBlock> blocks = blocks(qs, firstQuestionRow, slots);
    int lastQuestionRow = blocks.get(blocks.size() - 1).firstRow() + slots;
    List<CompanyQuestionCell> cqs =
        companyQuestionCount == 0 ? List.of()
            : companyQuestions(companyQuestionCount, lastQuestionRow + 3, perMineralCompanyQuestion, slots);
    return new Layout(t, family, versions, fields, scopeCells, fixed, sort, slots, blocks, laterNeedBoth,
        cqs, anchors(blocks, cqs), mineList, requester);
  }

  /** CMRT 6.01 to 6.5: Q1 rows 26-29 ... Q8 rows 68-71 (tantalum, tin, gold, tungsten), A-H in D75..D89. */
  public static final Layout CMRT_6 = layout(Template.CMRT, "CMRT 6.x",
      Set.of("6.0", "6.01", "6.1", "6.2", "6.22", "6.3", "6.31", "6.4", "6.5"), fieldsFrom(12), List.of(),
      List.of(MineralId.of("tantalum"), MineralId.of("tin"), MineralId.of("gold"), MineralId.of("tungsten")),
      false, 4, CMRT_QUESTIONS, 26, false, 8, NONE, false, false);

  /** EMRT 1.x: cobalt and mica fixed, Q1-Q7, company questions A-G. */
  public static final Layout EMRT_1 = layout(Template.EMRT, "EMRT 1.x",
      Set.of("1.0", "1.01", "1.1", "1.11", "1.2", "1.3"), fieldsFrom(12), List.of(),
      List.of(MineralId.of("cobalt"), MineralId.of("mica")), false, 2, EMRT_QUESTIONS, 26, true, 7, 'C', false, false);

  private static final List<String> EMRT2_SCOPE = List.of("D12", "E12", "F12", "G12", "D13", "E13", "F13", "G13");
  private static final List<String> AMRT_SCOPE =
      List.of("D12", "E12", "F12", "G12", "H12", "D13", "E13", "F13", "G13", "H13");

  /** EMRT 2.0: minerals chosen in D12:G13 (listed alphabetically), Mine List sheet. */
  public static final Layout EMRT_20 = layout(Template.EMRT, "EMRT 2.0", Set.of("2.0"), fieldsFrom(15),
      EMRT2_SCOPE, List.of(), true, 6, EMRT_QUESTIONS, 29, true, 7, 'C', true, false);

  /** EMRT 2.1: as 2.0, plus requester columns in the Product List. */
  public static final Layout EMRT_21 = layout(Template.EMRT, "EMRT 2.1", Set.of("2.1", "2.11"), fieldsFrom(15),
      EMRT2_SCOPE, List.of(), true, 6, EMRT_QUESTIONS, 29, true, 7, 'C', true, true);

  /** AMRT 1.x: up to ten minerals in D12:H13 (in the order chosen), two questions, Mine List. */
  public static final Layout AMRT_1 = layout(Template.AMRT, "AMRT 1.x",
      Set.of("1.0", "1.1", "1.2", "1.3", "1.31"), fieldsFrom(15), AMRT_SCOPE, List.of(), false, 10,
      AMRT_QUESTIONS, 29, false, 0, NONE, true, false);

  public static final List<Layout> ALL = List.of(CMRT_6, EMRT_1, EMRT_20, EMRT_21, AMRT_1);

  /**
   * The layout for a template and revision. Known revisions match exactly; another revision of a
   * supported major version (e.g. CMRT 6.6) uses its family's layout and the reader adds a finding.
   */
  public static Optional<Layout> find(Template t, String version) {
    for (Layout l : ALL) {
      if (l.template() == t && l.versions().contains(version)) {
        return Optional.of(l);
      }
    }
    String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    return switch (t) {
      case CMRT -> "6".equals(major) ? Optional.of(CMRT_6) : Optional.empty();
      case EMRT -> "1".equals(major) ? Optional.of(EMRT_1) : "2".equals(major) ? Optional.of(EMRT_21) : Optional.empty();
      case AMRT -> "1".equals(major) ? Optional.of(AMRT_1) : Optional.empty();
    };
  }
}
