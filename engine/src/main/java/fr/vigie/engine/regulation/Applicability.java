package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The answer of an applicability rule for one company and one text on a reference date. Reasons
 * are readable sentences naming the thresholds and the profile values they were compared with.
 */
public sealed interface Applicability
    permits Applicability.Applies,
        Applicability.DoesNotApply,
        Applicability.CannotTell,
        Applicability.Recommended {

  /** The reasons, as sentences of the {@code regulation} bundle. */
  List<Reason> why();

  /** The reasons as texts, rendered in the reader's language with {@code Messages}. */
  default List<Localized> reasons() {
    return Reason.texts(why());
  }

  /** The reasons rendered by {@code messages}. */
  default List<String> reasons(Messages messages) {
    return reasons().stream().map(messages::render).toList();
  }

  /** {@code applies}, {@code does_not_apply}, {@code cannot_tell} or {@code recommended}. */
  default String id() {
    return switch (this) {
      case Applies a -> "applies";
      case DoesNotApply d -> "does_not_apply";
      case CannotTell c -> "cannot_tell";
      case Recommended r -> "recommended";
    };
  }

  /** Whether the text binds the company (applies), as opposed to a recommendation or a doubt. */
  default boolean binding() {
    return this instanceof Applies;
  }

  /** Outcome label for people: "applies", "does not apply", "cannot tell", "recommended". */
  default String label() {
    return id().replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /**
   * The company is in scope; the obligations apply from {@code from} (which may be after the
   * reference date: the company is bound, the deadline is ahead).
   */
  record Applies(LocalDate from, List<Reason> why) implements Applicability {
    public Applies {
      Objects.requireNonNull(from, "from");
      why = List.copyOf(why);
    }
  }

  /** The company is out of scope on the reference date. */
  record DoesNotApply(List<Reason> why) implements Applicability {
    public DoesNotApply {
      why = List.copyOf(why);
    }
  }

  /**
   * A voluntary framework (such as the OECD Due Diligence Guidance): it binds nobody, and is
   * recommended to the company since {@code since}; it weighs less than a binding text.
   */
  record Recommended(LocalDate since, List<Reason> why) implements Applicability {
    public Recommended {
      Objects.requireNonNull(since, "since");
      why = List.copyOf(why);
    }
  }

  /** The profile lacks facts to decide; {@code missingFacts} names the profile fields to fill. */
  record CannotTell(List<String> missingFacts, List<Reason> why) implements Applicability {
    public CannotTell {
      missingFacts = List.copyOf(missingFacts);
      why = List.copyOf(why);
    }
  }
}
