package fr.vigie.engine.declaration.read;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.VigieException;

/**
 * A file that cannot be read as a template; carries the rule id of the rejection finding and its
 * message as a {@link Text} of the {@code declaration} bundle (the exception's own message is that
 * text in English, for logs).
 */
public final class UnreadableFileException extends VigieException {
  private final String ruleId;
  private final transient Text text;

  public UnreadableFileException(String ruleId, Text text, Throwable cause) {
    super(Messages.english().render(text), cause);
    this.ruleId = ruleId;
    this.text = text;
  }

  public UnreadableFileException(String ruleId, Text text) {
    this(ruleId, text, null);
  }

  public String ruleId() {
    return ruleId;
  }

  /** The reason, to render in the reader's language. */
  public Text text() {
    return text;
  }
}
