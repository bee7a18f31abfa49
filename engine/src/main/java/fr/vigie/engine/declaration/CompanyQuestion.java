package fr.vigie.engine.declaration;

import java.util.Objects;

import fr.vigie.engine.mineral.MineralId;
import java.util.Optional;

/**
 * A company-level question (A to H in CMRT, A to G in EMRT). {@code answer} is the yes/no reading
 * ("Yes, with the SEC" reads as YES); {@code text} keeps the detail. {@code mineral} is set for a
 * question answered per mineral (EMRT question C), one entry per mineral.
 */
public record CompanyQuestion(char letter, Optional<MineralId> mineral, String cell, String text, Answer answer,
    String comment) {
  public CompanyQuestion {
    Objects.requireNonNull(mineral);
    Objects.requireNonNull(cell);
    Objects.requireNonNull(text);
    Objects.requireNonNull(answer);
    Objects.requireNonNull(comment);
  }
}
