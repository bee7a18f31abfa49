package fr.vigie.engine.ledger;

import java.util.List;

/** A ledger line error as a reader sees it in English: line, field, message. */
record Seen(long line, String field, String message) {
  static Seen of(LineError e) {
    return new Seen(e.line(), e.field(), e.message());
  }

  static List<Seen> all(List<LineError> errors) {
    return errors.stream().map(Seen::of).toList();
  }
}
