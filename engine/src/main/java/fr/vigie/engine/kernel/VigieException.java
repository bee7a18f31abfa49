package fr.vigie.engine.kernel;

/**
 * An expected failure caused by input (a malformed file, an unknown id, a wrong value). Its message
 * names the place (file, line, field) and the problem, and is meant to be shown as is to a user.
 */
public class VigieException extends RuntimeException {
  public VigieException(String message) {
    super(message);
  }

  public VigieException(String message, Throwable cause) {
    super(message, cause);
  }
}
