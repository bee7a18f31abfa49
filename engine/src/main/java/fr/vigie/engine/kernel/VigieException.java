package fr.vigie.engine.kernel;

/**
 * A problem whose text is an English sentence written by the thrower (code {@code untranslated}).
 * Kept only for the failures not yet given a problem code of their own: throw a {@link
 * ProblemException} with a coded {@link Problem} instead, and catch {@link ProblemException}.
 *
 * @deprecated throw {@link ProblemException} with a coded {@link Problem}
 */
@Deprecated
public class VigieException extends ProblemException {
  public VigieException(String message) {
    super(Problem.error("untranslated", message));
  }

  public VigieException(String message, Throwable cause) {
    super(Problem.error("untranslated", message), cause);
  }
}
