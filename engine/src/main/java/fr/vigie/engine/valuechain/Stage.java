package fr.vigie.engine.valuechain;

import fr.vigie.engine.VigieException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A stage of a mineral value chain. The study's three upstream stages (extraction, pre-treatment,
 * refining) plus downstream manufacturing and recycling, used when a company maps its own chain.
 */
public enum Stage {
  EXTRACTION("extraction", "Extraction", "Extraction"),
  PRE_TREATMENT("pre_treatment", "Pre-treatment", "Pré-traitement"),
  REFINING("refining", "Refining and processing", "Affinage et transformation"),
  DOWNSTREAM("downstream", "Downstream manufacturing", "Fabrication aval"),
  RECYCLING("recycling", "Recycling", "Recyclage");

  private final String id;
  private final String nameEn;
  private final String nameFr;

  Stage(String id, String nameEn, String nameFr) {
    this.id = id;
    this.nameEn = nameEn;
    this.nameFr = nameFr;
  }

  /** Stable identifier used in files and JSON, e.g. {@code pre_treatment}. */
  public String id() {
    return id;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameFr() {
    return nameFr;
  }

  /** Whether the stage is one of the three upstream stages the study scores. */
  public boolean upstream() {
    return this == EXTRACTION || this == PRE_TREATMENT || this == REFINING;
  }

  /** Parses an id ({@code refining}), case-insensitively; also accepts the enum name. */
  public static Stage fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(s -> s.id.equals(t) || s.name().toLowerCase(Locale.ROOT).equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new VigieException(
                    "unknown stage '" + text + "' (expected one of "
                        + Arrays.stream(values()).map(Stage::id).toList() + ")"));
  }
}
