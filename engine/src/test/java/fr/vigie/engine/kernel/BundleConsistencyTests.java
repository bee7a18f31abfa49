package fr.vigie.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every engine bundle: French has exactly the English keys, and patterns are valid MessageFormats. */
class BundleConsistencyTests {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

  @Test
  void frenchAndEnglishHaveTheSameKeysAndNoBrokenPattern() throws IOException {
    List<String> errors = new ArrayList<>();
    for (String name : Messages.BUNDLES) {
      Properties en = load(name + ".properties");
      Properties fr = load(name + "_fr.properties");
      if (en == null && fr == null) continue;
      if (en == null || fr == null) {
        errors.add(name + ": a bundle needs both " + name + ".properties and " + name + "_fr.properties");
        continue;
      }
      TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
      onlyEn.removeAll(fr.stringPropertyNames());
      TreeSet<String> onlyFr = new TreeSet<>(fr.stringPropertyNames());
      onlyFr.removeAll(en.stringPropertyNames());
      if (!onlyEn.isEmpty()) errors.add(name + "_fr lacks " + onlyEn);
      if (!onlyFr.isEmpty()) errors.add(name + " (English) lacks " + onlyFr);
      for (Properties p : List.of(en, fr)) {
        for (String key : p.stringPropertyNames()) {
          String pattern = p.getProperty(key);
          if (pattern.isBlank()) errors.add(name + ": " + key + " is empty");
          if (PLACEHOLDER.matcher(pattern).find() && LONE_QUOTE.matcher(pattern).find()) {
            errors.add(name + ": " + key + " has arguments and a lone apostrophe (write '' in it): " + pattern);
          }
          if (PLACEHOLDER.matcher(pattern).find()) {
            try {
              new java.text.MessageFormat(pattern);
            } catch (IllegalArgumentException e) {
              errors.add(name + ": " + key + " is not a valid MessageFormat: " + e.getMessage());
            }
          }
        }
      }
    }
    assertThat(errors).isEmpty();
  }

  private static Properties load(String file) throws IOException {
    try (InputStream in = Messages.class.getResourceAsStream("/fr/vigie/engine/i18n/" + file)) {
      if (in == null) return null;
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
