package fr.vigie.engine.declaration.read;

import fr.vigie.engine.kernel.VigieException;

/** A file that cannot be read as a template; carries the rule id of the rejection finding. */
public final class UnreadableFileException extends VigieException {
  private final String ruleId;
  private final String messageFr;

  public UnreadableFileException(String ruleId, String messageEn, String messageFr, Throwable cause) {
    super(messageEn, cause);
    this.ruleId = ruleId;
    this.messageFr = messageFr;
  }

  public UnreadableFileException(String ruleId, String messageEn, String messageFr) {
    this(ruleId, messageEn, messageFr, null);
  }

  public String ruleId() {
    return ruleId;
  }

  public String messageFr() {
    return messageFr;
  }
}
