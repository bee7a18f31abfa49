package fr.vigie.engine.declaration;

import java.util.Objects;

/** One row of the Product List sheet. Requester columns exist from EMRT 2.1 (empty otherwise). */
public record ProductRow(
    int row, String number, String name, String requesterNumber, String requesterName, String comment) {
  public ProductRow {
    Objects.requireNonNull(number);
    Objects.requireNonNull(name);
    Objects.requireNonNull(requesterNumber);
    Objects.requireNonNull(requesterName);
    Objects.requireNonNull(comment);
  }
}
