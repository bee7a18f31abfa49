package fr.vigie.engine.kernel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders {@link Text}s and {@link Term}s in one language from the engine's message bundles.
 *
 * <p>The bundles are the properties files {@code fr/vigie/engine/i18n/<name>.properties} (the
 * fallback, in English) and {@code <name>_<language>.properties} for each other language, one
 * {@code <name>} per feature ({@link #BUNDLES}); a bundle that does not exist is skipped. Adding a
 * language is adding {@code _<language>} files (and the data's translations): no code changes. The
 * JVM's default locale is never consulted, so an English reader gets English on a French machine. A
 * key that no bundle has renders as {@code ??key??}, which the language-completeness tests look for.
 */
public final class Messages {
  /**
   * How a date is written in every language (with the month's name in it): the same pattern as the
   * application's pages ({@code fr.vigie.app.shell.Dates#DAY}).
   */
  public static final String DAY = "d MMMM yyyy";

  /** The bundle key of a language's date pattern ({@value #DAY} in English and French). */
  public static final String DAY_KEY = "kernel.format.day";

  /**
   * The bundle key of a language's pattern for the first day of a month, for the languages that
   * write it apart (French "1er janvier 2026"); a language that gives its own {@value #DAY_KEY} gives
   * this one too (English's is its day pattern).
   */
  public static final String FIRST_DAY_KEY = "kernel.format.first_day";

  /** The bundle names under {@code fr/vigie/engine/i18n/}, looked up in this order. */
  public static final List<String> BUNDLES =
      List.of(
          "kernel", "problem", "reference", "risk", "regulation", "solution", "ledger", "declaration",
          "assessment", "report", "filing", "cli");

  private static final String BASE = "fr.vigie.engine.i18n.";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final TermNames terms;
  private final List<ResourceBundle> bundles;

  private Messages(Locale locale, TermNames terms, ClassLoader loader) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.terms = Objects.requireNonNull(terms, "terms");
    List<ResourceBundle> found = new ArrayList<>();
    for (String name : BUNDLES) {
      try {
        found.add(ResourceBundle.getBundle(BASE + name, locale, loader, NO_DEFAULT_LOCALE));
      } catch (MissingResourceException absent) {
        // a feature without texts of its own
      }
    }
    this.bundles = List.copyOf(found);
  }

  /** Messages in the given language, naming no reference-data term beyond the bundles. */
  public static Messages of(Locale locale) {
    return PLAIN.get(
        Objects.requireNonNull(locale, "locale"),
        l -> new Messages(l, TermNames.NONE, Messages.class.getClassLoader()));
  }

  /**
   * How many languages' plain messages are kept: a {@code Messages} is immutable and finding its
   * bundles is most of its cost (a page formats dates with it at each request); the bound keeps a
   * caller that passes arbitrary locales from growing the map.
   */
  static final int KEPT_LANGUAGES = 32;

  private static final Cache<Locale, Messages> PLAIN =
      Caffeine.newBuilder().maximumSize(KEPT_LANGUAGES).build();

  /** How many languages' plain messages are kept now. */
  static int kept() {
    PLAIN.cleanUp();
    return (int) PLAIN.estimatedSize();
  }

  /** Messages in the given language, naming terms from the reference data's translations. */
  public static Messages of(Locale locale, TermNames terms) {
    return new Messages(locale, terms, Messages.class.getClassLoader());
  }

  /** English, the fallback language. */
  public static Messages english() {
    return of(Locale.ENGLISH);
  }

  /** The same language with other term names (e.g. once the reference data is loaded). */
  public Messages withTerms(TermNames names) {
    return new Messages(locale, names, Messages.class.getClassLoader());
  }

  public Locale locale() {
    return locale;
  }

  /** Whether some bundle has this key (in this language or the fallback). */
  public boolean has(String key) {
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  /** The pattern of {@code key} with its arguments, or {@code ??key??} when no bundle has it. */
  public String get(String key, Object... args) {
    return render(Text.of(key, args));
  }

  /**
   * Renders any value a text may carry: a {@link Text} from its pattern, a {@link Term} from the
   * data's names, a date, a number or a string as {@link
   * MessageFormat} would. A date is written with the language's pattern ({@value #DAY_KEY} of its
   * bundle): in English and French {@value #DAY}, as every page of the application writes it
   * ("5 December 2026", "5 décembre 2026").
   */
  public String render(Object value) {
    return switch (value) {
      case Text text -> format(text);
      case Term term -> name(term);
      case LocalDate date -> DateTimeFormatter.ofPattern(dayPattern(date), locale).format(date);
      case Number number -> new MessageFormat("{0}", locale).format(new Object[] {number});
      case null -> "";
      default -> value.toString();
    };
  }

  private String format(Text text) {
    String pattern = pattern(text.key());
    if (pattern == null) return "??" + text.key() + "??";
    Object[] args = new Object[text.args().size()];
    for (int i = 0; i < args.length; i++) {
      Object a = text.args().get(i);
      // numbers keep MessageFormat's locale-aware formatting ({0,number,#.##} etc.)
      args[i] = a instanceof Number ? a : render(a);
    }
    // As Spring's MessageSource does: a pattern is a MessageFormat only when it has arguments, so an
    // apostrophe is written '' in a text with arguments and ' in one without.
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /**
   * The language's date pattern for this date (java.time), which the application's pages use too:
   * {@code kernel.format.first_day} for the first of a month when the
   * bundle has it, else {@code kernel.format.day} of its bundle, else {@link #DAY}.
   */
  public String dayPattern(LocalDate date) {
    String first = date.getDayOfMonth() == 1 ? pattern(FIRST_DAY_KEY) : null;
    if (first != null) {
      return first;
    }
    String pattern = pattern(DAY_KEY);
    return pattern == null ? DAY : pattern;
  }

  private String name(Term term) {
    return terms
        .name(term.kind(), term.id(), locale)
        .or(() -> {
          String key = "term." + term.kind() + "." + term.id();
          return Optional.ofNullable(pattern(key));
        })
        .or(() -> terms.name(term.kind(), term.id(), Locale.ENGLISH))
        .orElse(term.id());
  }

  private String pattern(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) return b.getString(key);
    }
    return null;
  }
}
