package fr.vigie.engine.risk;

import fr.vigie.engine.VigieException;
import java.util.Arrays;
import java.util.Locale;

/** Whether a higher raw indicator value means a better or a worse situation. */
public enum Orientation {
  HIGHER_IS_BETTER("higher_is_better"),
  HIGHER_IS_WORSE("higher_is_worse");

  private final String id;

  Orientation(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Orientation fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(o -> o.id.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new VigieException(
                    "unknown orientation '" + text + "' (expected higher_is_better or higher_is_worse)"));
  }
}
