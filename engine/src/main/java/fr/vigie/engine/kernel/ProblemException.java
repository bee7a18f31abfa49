package fr.vigie.engine.kernel;

import java.util.List;

/**
 * Thrown when an input cannot be used, carrying every {@link Problem} found (at least one). Its
 * {@link #getMessage()} is the English rendering, for logs only: callers show {@link #problems()}
 * rendered in the reader's language and never parse the message.
 */
public class ProblemException extends RuntimeException {
  private final List<Problem> problems;

  public ProblemException(Problem problem) {
    this(List.of(problem), null);
  }

  public ProblemException(List<Problem> problems) {
    this(problems, null);
  }

  public ProblemException(Problem problem, Throwable cause) {
    this(List.of(problem), cause);
  }

  public ProblemException(List<Problem> problems, Throwable cause) {
    super(null, cause);
    if (problems.isEmpty()) throw new IllegalArgumentException("a ProblemException needs a problem");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * The same problems placed in {@code source} (where they name none) and, when {@code path} is not
   * null, at {@code path} (where they name none): for a reader that adds the file to problems found
   * by a constructor or a nested reader.
   */
  public ProblemException placed(String source, String path) {
    List<Problem> placed =
        problems.stream()
            .map(p -> p.source() == null && source != null ? p.at(source, p.line()) : p)
            .map(p -> p.path() == null && path != null ? p.atPath(path) : p)
            .toList();
    return new ProblemException(placed, this);
  }

  /** The first problem, the one a one-line display shows. */
  public Problem first() {
    return problems.get(0);
  }

  @Override
  public String getMessage() {
    Messages english = Messages.english();
    return String.join("; ", problems.stream().map(p -> p.render(english)).toList());
  }
}
