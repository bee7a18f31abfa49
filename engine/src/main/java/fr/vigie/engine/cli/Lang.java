package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.TermNames;
import fr.vigie.engine.refdata.ReferenceData;
import java.util.Locale;

/**
 * The {@code --lang} option of the commands that print names or reasons: a language code ({@code
 * en}, the default, or {@code fr}; any language the bundles and data translations provide), read
 * into the {@link Messages} that render the output.
 */
final class Lang {
  private Lang() {}

  /** The locale of a {@code --lang} value. */
  static Locale locale(String lang) {
    String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
    if (!l.matches("[a-z]{2,3}")) {
      throw new ProblemException(Problem.error("cli.bad_lang_code", String.valueOf(lang)));
    }
    return Locale.forLanguageTag(l);
  }

  /** Messages in that language, naming reference-data terms and the given other terms. */
  static Messages messages(String lang, TermNames more) {
    return Messages.of(locale(lang), ReferenceData.loadDefault().termNames().or(more));
  }

  /** Messages in that language, naming reference-data terms. */
  static Messages messages(String lang) {
    return messages(lang, TermNames.NONE);
  }
}
