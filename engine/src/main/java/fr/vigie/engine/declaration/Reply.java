package fr.vigie.engine.declaration;

import java.util.Objects;

/**
 * The answer given in one cell, with its raw text (as written, any language) and the comment
 * beside it; the typed value depends on the kind of question.
 */
public sealed interface Reply {
  /** A1 reference of the answer cell on the Declaration sheet. */
  String cell();

  /** Raw text of the answer cell, trimmed; empty when blank. */
  String text();

  /** The comment cell's text, trimmed; empty when blank. */
  String comment();

  boolean isBlank();

  /** A yes/no/unknown answer. */
  record Choice(String cell, String text, String comment, Answer answer) implements Reply {
    public Choice {
      Objects.requireNonNull(cell);
      Objects.requireNonNull(text);
      Objects.requireNonNull(comment);
      Objects.requireNonNull(answer);
    }

    @Override
    public boolean isBlank() {
      return answer == Answer.BLANK;
    }
  }

  /** A response-rate band. */
  record Rate(String cell, String text, String comment, ResponseRate rate) implements Reply {
    public Rate {
      Objects.requireNonNull(cell);
      Objects.requireNonNull(text);
      Objects.requireNonNull(comment);
      Objects.requireNonNull(rate);
    }

    @Override
    public boolean isBlank() {
      return rate == ResponseRate.BLANK;
    }
  }
}
