package fr.vigie.engine.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The stable id of a text of the regulatory knowledge base: lower-case words and digits joined by
 * hyphens ({@code eu-csddd}, {@code fr-duty-of-vigilance}, {@code us-dodd-frank-1502}). In JSON it
 * is the id as a string.
 */
public record RegulationId(String value) implements Comparable<RegulationId> {
  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public RegulationId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new ProblemException(Problem.error("kernel.bad_regulation_id", String.valueOf(value)));
    }
  }

  /** Reads an id as written (surrounding spaces removed); refuses anything else. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RegulationId of(String text) {
    return new RegulationId(text == null ? null : text.strip());
  }

  /** The id, as written in files and JSON. */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RegulationId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
