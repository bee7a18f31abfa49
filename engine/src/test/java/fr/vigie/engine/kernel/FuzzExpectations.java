package fr.vigie.engine.kernel;

/**
 * What a fuzz test of a file reader lets through. The engine's problem exceptions
 * ({@link ProblemException} and its subclasses) are the expected answers
 * to a bad file. An exception thrown inside a third-party parser (POI, the XML parser) for a damaged
 * file is also expected: the engine's entry points turn it into a problem naming the file. Anything
 * thrown from the engine's own code, or wrapped by it, is a bug.
 */
public final class FuzzExpectations {

  private FuzzExpectations() {}

  /** Rethrows {@code failure} (failing the fuzz test) unless it is expected, see above. */
  public static void check(Throwable failure) {
    if (failure instanceof ProblemException) {
      Throwable cause = failure.getCause();
      if (cause instanceof ProblemException) {
        check(cause); // a problem explained by a more precise one
        return;
      }
      if (cause != null && cause != failure && !(cause instanceof java.io.IOException)
          && thrownByTheEngine(cause)) {
        throw new AssertionError("the engine wrapped its own bug in a problem: " + failure.getMessage(), cause);
      }
      return;
    }
    if (failure instanceof RuntimeException && !thrownByTheEngine(failure)) {
      return;
    }
    if (failure instanceof Error error && !(failure instanceof StackOverflowError)) {
      throw error;
    }
    throw new AssertionError("unexpected " + failure.getClass().getName() + " from the engine", failure);
  }

  /** Whether the innermost frame of the exception is the engine's code (not a library's). */
  private static boolean thrownByTheEngine(Throwable failure) {
    StackTraceElement[] stack = failure.getStackTrace();
    return stack.length > 0 && stack[0].getClassName().startsWith("fr.vigie.engine.");
  }
}
