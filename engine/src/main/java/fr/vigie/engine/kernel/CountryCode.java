package fr.vigie.engine.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A country's ISO 3166-1 alpha-3 code ({@code COD}, {@code CHN}, {@code FRA}): three upper-case
 * letters. It says nothing of whether the reference data knows the country (ask {@code Countries});
 * it only refuses what cannot be such a code. In JSON it is the code as a string.
 */
public record CountryCode(String value) implements Comparable<CountryCode> {
  private static final Pattern FORM = Pattern.compile("[A-Z]{3}");

  public CountryCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new ProblemException(Problem.error("kernel.bad_country_code", String.valueOf(value)));
    }
  }

  /** Lenient parse: trims and upper-cases ({@code " cod"} is {@code COD}); refuses anything else. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CountryCode of(String text) {
    if (text == null || text.isBlank()) {
      throw new ProblemException(Problem.error("kernel.missing_country_code"));
    }
    return new CountryCode(text.strip().toUpperCase(Locale.ROOT));
  }

  /** The code, as written in files and JSON. */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CountryCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
