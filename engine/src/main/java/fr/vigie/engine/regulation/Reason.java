package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Text;
import java.util.List;
import java.util.Objects;

/**
 * One applicability sentence as a message key of the {@code regulation} bundle and its arguments,
 * rendered in the reader's language at the edge. Arguments that are themselves {@link Reason}s (a
 * formatted figure, a sub-sentence) are nested texts; dates and numbers are formatted by the
 * reader's language; other arguments (codes, ids, profile values) are shown as they are.
 *
 * @param text the sentence
 */
public record Reason(Localized text) {
  public Reason {
    Objects.requireNonNull(text, "text");
  }

  /** The sentence of {@code key} with {@code args} (nested reasons become nested texts). */
  public static Reason of(String key, Object... args) {
    Object[] mapped = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      mapped[i] = args[i] instanceof Reason r ? r.text() : args[i];
    }
    return new Reason(Text.of(key, mapped));
  }

  /** A text shown as it is in every language (codes, ids). */
  public static Reason same(String text) {
    return of("regulation.reason.as_is", text);
  }

  /** This sentence followed by {@code more}. */
  public Reason plus(Reason more) {
    return of("regulation.reason.concat", this, more);
  }

  /** The parts joined as "a and b and c" in the reader's language. */
  public static Reason and(List<String> parts) {
    Reason out = same(parts.get(parts.size() - 1));
    for (int i = parts.size() - 2; i >= 0; i--) {
      out = of("regulation.reason.and", parts.get(i), out);
    }
    return out;
  }

  /** The texts of the sentences. */
  public static List<Localized> texts(List<Reason> reasons) {
    return reasons.stream().map(Reason::text).toList();
  }
}
