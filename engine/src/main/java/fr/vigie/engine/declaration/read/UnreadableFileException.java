package fr.vigie.engine.declaration.read;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Text;

/**
 * A file that cannot be read as a template; carries the rule id of the rejection finding, its
 * message as a {@link Text} of the {@code declaration} bundle and, when the reason is one cell (a
 * modified template), its sheet and cell. As a {@link ProblemException} its problem is {@code
 * declaration.file_refused} with that text as argument (the exception's own message is its English
 * rendering, for logs).
 */
public final class UnreadableFileException extends ProblemException {
  private final String ruleId;
  private final transient Text text;
  private final String sheet;
  private final String cell;

  public UnreadableFileException(String ruleId, Text text, Throwable cause) {
    this(ruleId, text, "", "", cause);
  }

  public UnreadableFileException(String ruleId, Text text) {
    this(ruleId, text, "", "", null);
  }

  /** A refusal about one cell, e.g. a label that is not where the version's layout has it. */
  public UnreadableFileException(String ruleId, Text text, String sheet, String cell, Throwable cause) {
    super(Problem.error("declaration.file_refused", text), cause);
    this.ruleId = ruleId;
    this.text = text;
    this.sheet = sheet;
    this.cell = cell;
  }

  public String ruleId() {
    return ruleId;
  }

  /** The reason, to render in the reader's language. */
  public Text text() {
    return text;
  }

  /** The sheet the refusal is about, empty when it is about the whole file. */
  public String sheet() {
    return sheet;
  }

  /** The cell the refusal is about, empty when it is about no one cell. */
  public String cell() {
    return cell;
  }
}
