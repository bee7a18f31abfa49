package fr.vigie.engine.regulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One applicability sentence in English and in French, built from one template per language
 * written side by side. Arguments that are themselves {@link Reason}s (a formatted figure, a
 * sub-sentence) are put in their own language; dates are ISO in English ({@code 2027-07-26}) and
 * written out in French ({@code 26 juillet 2027}, {@code 1er janvier 2024}); other arguments are inserted as they are.
 */
public record Reason(String en, String fr) {
  private static final DateTimeFormatter FR_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  public Reason {
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(fr, "fr");
  }

  /** Fills {@code %s} placeholders of both templates with {@code args}, each in its language. */
  public static Reason of(String enTemplate, String frTemplate, Object... args) {
    Object[] en = new Object[args.length];
    Object[] fr = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      en[i] = switch (a) {
        case Reason r -> r.en();
        default -> a;
      };
      fr[i] = switch (a) {
        case Reason r -> r.fr();
        case LocalDate d -> (d.getDayOfMonth() == 1 ? "1er" : "") + FR_DATE.format(d).substring(
            d.getDayOfMonth() == 1 ? 1 : 0);
        default -> a;
      };
    }
    return new Reason(String.format(Locale.ROOT, enTemplate, en),
        String.format(Locale.ROOT, frTemplate, fr));
  }

  /** The same text in both languages (codes, ids, figures written alike). */
  public static Reason same(String text) {
    return new Reason(text, text);
  }

  /** This sentence followed by {@code more} (same in both languages, e.g. a separator). */
  public Reason plus(Reason more) {
    return new Reason(en + more.en, fr + more.fr);
  }

  /** The parts joined with {@code enSeparator} / {@code frSeparator}. */
  public static Reason join(String enSeparator, String frSeparator, Collection<Reason> parts) {
    return new Reason(
        String.join(enSeparator, parts.stream().map(Reason::en).toList()),
        String.join(frSeparator, parts.stream().map(Reason::fr).toList()));
  }

  /** The English sentences. */
  public static List<String> en(List<Reason> reasons) {
    return reasons.stream().map(Reason::en).toList();
  }

  /** The French sentences. */
  public static List<String> fr(List<Reason> reasons) {
    return reasons.stream().map(Reason::fr).toList();
  }
}
