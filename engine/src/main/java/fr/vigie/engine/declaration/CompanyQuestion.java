package fr.vigie.engine.declaration;

import java.util.Objects;

/**
 * A company-level question (A to H in CMRT, A to G in EMRT). {@code answer} is the yes/no reading
 * ("Yes, with the SEC" reads as YES); {@code text} keeps the detail.
 */
public record CompanyQuestion(char letter, String cell, String text, Answer answer, String comment) {
  public CompanyQuestion {
    Objects.requireNonNull(cell);
    Objects.requireNonNull(text);
    Objects.requireNonNull(answer);
    Objects.requireNonNull(comment);
  }
}
