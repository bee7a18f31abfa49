package fr.vigie.engine.declaration.read;

import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each piece of one published template version sits: pure data, read from the curated
 * resource {@code rmi-layouts.yaml} (see {@link Layouts}), one instance per version. Rows are
 * 1-based, columns 0-based.
 *
 * @param template the family, told by {@code Revision!B3}
 * @param version the revision, e.g. {@code 6.5}
 * @param revisionTitle the constant English title in {@code Revision!B3}
 * @param fields company block answer cells on the Declaration sheet
 * @param scopeCells cells where the supplier picks its minerals (EMRT 2.x, AMRT); empty when the
 *     minerals are fixed by the template
 * @param scopeOtherCells AMRT 1.3: the name typed when the scope cell three rows above says "Other"
 * @param fixedMinerals minerals of the template when {@code scopeCells} is empty, in row order
 * @param questions per-mineral question blocks
 * @param companyQuestions company-level questions (answer column D, comment column G)
 * @param smelterColumns the Smelter List columns of this version
 * @param mineList whether the version has a Mine List sheet
 * @param productColumns the Product List columns of this version
 * @param percentAsNumber whether the blank stores its "100%" list entry as the number 1 (else as
 *     text); both forms are read in every version
 * @param languages the display languages offered in {@code Declaration!D3}
 */
public record Layout(
    Template template,
    String version,
    String revisionTitle,
    Map<Field, String> fields,
    List<String> scopeCells,
    List<String> scopeOtherCells,
    List<MineralId> fixedMinerals,
    List<QuestionBlock> questions,
    List<CompanyQuestionCell> companyQuestions,
    SmelterColumns smelterColumns,
    boolean mineList,
    ProductColumns productColumns,
    boolean percentAsNumber,
    List<String> languages) {

  public static final String DECLARATION = "Declaration";
  public static final String SMELTER_LIST = "Smelter List";
  public static final String MINE_LIST = "Mine List";
  public static final String PRODUCT_LIST = "Product List";
  public static final String REVISION = "Revision";
  public static final String TRANSLATIONS = "L";
  /** Cell of the family title on the Revision sheet (constant English, never translated). */
  public static final String REVISION_TITLE_CELL = "B3";
  /** Revision string cell on the Declaration sheet. */
  public static final String REVISION_CELL = "J3";
  /** Display language cell on the Declaration sheet. */
  public static final String LANGUAGE_CELL = "D3";
  /** Answer, comment and label columns of the Declaration questions. */
  public static final String ANSWER_COL = "D";
  public static final String COMMENT_COL = "G";
  public static final String LABEL_COL = "B";
  /** Header row and first data row of the Smelter List and Mine List sheets. */
  public static final int LIST_HEADER_ROW = 4;
  public static final int LIST_FIRST_ROW = 5;
  /** Header row and first data row of the Product List sheet. */
  public static final int PRODUCT_HEADER_ROW = 5;
  public static final int PRODUCT_FIRST_ROW = 6;

  public Layout {
    Objects.requireNonNull(template);
    Objects.requireNonNull(version);
    Objects.requireNonNull(revisionTitle);
    fields = Map.copyOf(fields);
    scopeCells = List.copyOf(scopeCells);
    scopeOtherCells = List.copyOf(scopeOtherCells);
    fixedMinerals = List.copyOf(fixedMinerals);
    questions = List.copyOf(questions);
    companyQuestions = List.copyOf(companyQuestions);
    Objects.requireNonNull(smelterColumns);
    Objects.requireNonNull(productColumns);
    languages = List.copyOf(languages);
    if (scopeCells.isEmpty() == fixedMinerals.isEmpty()) {
      throw new IllegalArgumentException(template + " " + version + ": a layout has either scope cells or fixed minerals");
    }
    if (fields.size() != Field.values().length) {
      throw new IllegalArgumentException(template + " " + version + ": every company field needs a cell");
    }
  }

  /** {@code CMRT 6.5}. */
  public String name() {
    return template + " " + version;
  }

  /** Whether the question rows are slots whose mineral is named in column B (EMRT 2.x, AMRT). */
  public boolean slotted() {
    return !scopeCells.isEmpty();
  }

  /** The most answer rows a question has: the minerals the declaration can hold. */
  public int mineralSlots() {
    return questions.stream().mapToInt(q -> q.rows().size()).max().orElse(0);
  }

  /**
   * Cells that hold a label in every copy of this version (the template's own text, whatever the
   * language): the company name label, each question label, each company question label, and the
   * mineral label of every fixed answer row. A blank one, or one holding a mineral name where a
   * question is expected, means rows were inserted, deleted or moved.
   */
  public List<String> anchors() {
    List<String> a = new ArrayList<>();
    a.add(LABEL_COL + rowOf(fields.get(Field.COMPANY_NAME)));
    for (QuestionBlock b : questions) {
      a.add(b.labelCell());
    }
    for (CompanyQuestionCell c : companyQuestions) {
      a.add(c.labelCell());
    }
    return a;
  }

  /** Fixed answer rows whose column-B label names their mineral: label cell and mineral. */
  public Map<String, MineralId> mineralLabels() {
    Map<String, MineralId> m = new java.util.LinkedHashMap<>();
    for (QuestionBlock b : questions) {
      for (AnswerRow r : b.rows()) {
        r.mineral().ifPresent(x -> m.put(LABEL_COL + r.row(), x));
      }
    }
    return m;
  }

  static int rowOf(String a1) {
    int i = 0;
    while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
      i++;
    }
    return Integer.parseInt(a1.substring(i));
  }

  /** One answer row: its row and its mineral (fixed), or empty for a slot named in column B. */
  public record AnswerRow(int row, Optional<MineralId> mineral) {
    public AnswerRow {
      Objects.requireNonNull(mineral);
    }

    public String answerCell() {
      return ANSWER_COL + row;
    }

    public String commentCell() {
      return COMMENT_COL + row;
    }

    public String labelCell() {
      return LABEL_COL + row;
    }
  }

  /**
   * A per-mineral question block: id as printed ({@code Q1}), number, meaning, label cell, answer
   * rows (live rows only; the blank's hidden spare rows are not read).
   */
  public record QuestionBlock(String id, int number, Question question, String labelCell, List<AnswerRow> rows) {
    public QuestionBlock {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A company-level question: letter as printed, label cell, answer rows: one row, or one row per
   * mineral (EMRT question C: fixed cobalt/mica rows in 1.x, slots in 2.x).
   */
  public record CompanyQuestionCell(char letter, String labelCell, List<AnswerRow> rows) {
    public CompanyQuestionCell {
      rows = List.copyOf(rows);
    }

    public boolean perMineral() {
      return rows.size() > 1 || rows.get(0).mineral().isPresent();
    }
  }

  /**
   * Smelter List columns (0-based; -1 when the version has no such column). The standard layout
   * (CMRT, EMRT, CRT, AMRT 1.3) has the id input in A and the look-up in C; AMRT 1.2 has neither
   * and starts with the metal in A.
   */
  public record SmelterColumns(int idInput, int metal, int lookup, int name, int country, int smelterId,
      int sourceOfId, int street, int city, int state, int contactName, int contactEmail, int nextSteps,
      int mineNames, int mineCountry, int recycled, int comments) {
    public static final SmelterColumns STANDARD =
        new SmelterColumns(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    public static final SmelterColumns AMRT_12 =
        new SmelterColumns(-1, 0, -1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);

    /** Columns to keep when reading: one past the last used. */
    public int count() {
      return comments + 1;
    }
  }

  /** Mine List columns (0-based), the same in every version that has the sheet. */
  public static final class MineCols {
    public static final int METAL = 0; // A
    public static final int SMELTER_NAME = 1; // B
    public static final int MINE_NAME = 2; // C
    public static final int MINE_ID = 3; // D
    public static final int SOURCE_OF_ID = 4; // E
    public static final int COUNTRY = 5; // F
    public static final int COMMENTS = 12; // M
    public static final int COUNT = 13;

    private MineCols() {}
  }

  /** Product List columns (0-based; -1 when absent): requester columns from EMRT 2.1 and AMRT 1.3. */
  public record ProductColumns(int number, int name, int requesterNumber, int requesterName, int comment) {
    public int count() {
      return Math.max(comment, Math.max(requesterName, name)) + 1;
    }

    public boolean requester() {
      return requesterNumber >= 0;
    }
  }
}
