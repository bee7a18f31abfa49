package fr.vigie.engine.declaration.read;

import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where each piece of a template version sits: pure data, one instance per family of versions
 * that share a layout (see {@link Layouts}). Rows are 1-based, columns are letters.
 *
 * @param versions the revisions known to use this layout
 * @param fields company block cells on the Declaration sheet
 * @param scopeCells cells where the supplier picks its minerals (EMRT 2.x, AMRT); empty when the
 *     minerals are fixed by the template
 * @param fixedMinerals minerals of the template when {@code scopeCells} is empty, in row order
 * @param sortScope whether the template lists the chosen minerals alphabetically (EMRT 2.x) rather
 *     than in the order picked (AMRT)
 * @param mineralSlots rows per question block (number of minerals the block can hold)
 * @param questions per-mineral question blocks: number, meaning, first row
 * @param laterNeedBoth questions after Q2 required only when Q1 and Q2 are both Yes (EMRT); when
 *     false, when Q1 or Q2 is Yes (CMRT) or Q1 is Yes (AMRT, which has no Q2 gate)
 * @param companyQuestions company-level questions: letter, row, per-mineral or not (answer D, comment G)
 * @param anchors cells that hold a label in every copy of this layout (the template's own text,
 *     formulas into the hidden translation sheet); a blank one means rows were inserted or deleted
 * @param mineList whether the version has a Mine List sheet
 * @param productRequesterColumns whether the Product List has requester columns (EMRT 2.1)
 */
public record Layout(
    Template template,
    String family,
    Set<String> versions,
    Map<Field, String> fields,
    List<String> scopeCells,
    List<MineralId> fixedMinerals,
    boolean sortScope,
    int mineralSlots,
    List<QuestionBlock> questions,
    boolean laterNeedBoth,
    List<CompanyQuestionCell> companyQuestions,
    List<String> anchors,
    boolean mineList,
    boolean productRequesterColumns) {

  public static final String DECLARATION = "Declaration";
  public static final String SMELTER_LIST = "Smelter List";
  public static final String MINE_LIST = "Mine List";
  public static final String PRODUCT_LIST = "Product List";
  public static final String TRANSLATIONS = "L";
  /** Revision string cell on the Declaration sheet. */
  public static final String REVISION_CELL = "J3";
  /** Answer and comment columns of the Declaration questions. */
  public static final String ANSWER_COL = "D";
  public static final String COMMENT_COL = "G";
  /** Column of the per-mineral row labels (mineral names). */
  public static final String MINERAL_LABEL_COL = "C";
  /** Header row and first data row of the Smelter List and Mine List sheets. */
  public static final int LIST_HEADER_ROW = 4;
  public static final int LIST_FIRST_ROW = 5;
  /** Header row, first data row and first column (B) of the Product List sheet. */
  public static final int PRODUCT_HEADER_ROW = 5;
  public static final int PRODUCT_FIRST_ROW = 6;
  public static final int PRODUCT_FIRST_COL = 1;

  public Layout {
    Objects.requireNonNull(template);
    versions = Set.copyOf(versions);
    fields = Map.copyOf(fields);
    scopeCells = List.copyOf(scopeCells);
    fixedMinerals = List.copyOf(fixedMinerals);
    questions = List.copyOf(questions);
    companyQuestions = List.copyOf(companyQuestions);
    anchors = List.copyOf(anchors);
    if (scopeCells.isEmpty() == fixedMinerals.isEmpty()) {
      throw new IllegalArgumentException("a layout has either scope cells or fixed minerals");
    }
  }

  /** A per-mineral question block: question number as printed, meaning, first answer row. */
  public record QuestionBlock(int number, Question question, int firstRow) {}

  /**
   * A company-level question: letter as printed and its label row. A single answer sits on the
   * label row; a per-mineral question (EMRT question C) has one answer row per mineral slot below
   * its label, minerals in the order of the per-mineral questions.
   */
  public record CompanyQuestionCell(char letter, int row, boolean perMineral) {
    /** Answer row for the mineral at {@code index} in scope (0 for a single answer). */
    public int answerRow(int index) {
      return perMineral ? row + 1 + index : row;
    }
  }

  /** Smelter List columns (0-based), the same in every supported version. */
  public static final class SmelterCols {
    public static final int ID_INPUT = 0; // A
    public static final int METAL = 1; // B
    public static final int LOOKUP = 2; // C
    public static final int NAME = 3; // D
    public static final int COUNTRY = 4; // E
    public static final int SMELTER_ID = 5; // F
    public static final int SOURCE_OF_ID = 6; // G
    public static final int STREET = 7; // H
    public static final int CITY = 8; // I
    public static final int STATE = 9; // J
    public static final int CONTACT_NAME = 10; // K
    public static final int CONTACT_EMAIL = 11; // L
    public static final int NEXT_STEPS = 12; // M
    public static final int MINE_NAMES = 13; // N
    public static final int MINE_COUNTRY = 14; // O
    public static final int RECYCLED = 15; // P
    public static final int COMMENTS = 16; // Q
    public static final int COUNT = 17;

    private SmelterCols() {}
  }

  /** Mine List columns (0-based). */
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
}
