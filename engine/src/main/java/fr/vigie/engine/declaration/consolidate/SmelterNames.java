package fr.vigie.engine.declaration.consolidate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Name normalisation used to match smelters reported without an id. */
final class SmelterNames {
  private SmelterNames() {}

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> LEGAL_FORMS = Set.of("CO", "LTD", "LIMITED", "INC", "CORP", "CORPORATION",
      "COMPANY", "SA", "GMBH", "AG", "PT", "TBK", "LLC", "PLC", "BV", "NV", "SAS", "SARL", "SPA", "KK", "OOO",
      "JSC", "PJSC", "OJSC", "SDN", "BHD", "PTY", "LTDA", "THE");

  /**
   * Upper case, accents and punctuation removed, legal forms dropped: {@code "Jiangxi Tin Co.,
   * Ltd."} and {@code "JIANGXI TIN CO LTD"} both give {@code "JIANGXI TIN"}.
   */
  public static String normalise(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toUpperCase(Locale.ROOT);
    s = SEPARATORS.matcher(s.replace(".", "")).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder();
    for (String token : s.split(" ")) {
      if (!token.isEmpty() && !LEGAL_FORMS.contains(token)) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(token);
      }
    }
    return out.isEmpty() ? s : out.toString();
  }
}
