package fr.vigie.engine.kernel;

/**
 * A stage of a mineral value chain. The study's three upstream stages (extraction, pre-treatment,
 * refining) plus downstream manufacturing and recycling, used when a company maps its own chain.
 */
public enum Stage implements Labelled {
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

  @Override
  public String id() {
    return id;
  }

  @Override
  public String nameEn() {
    return nameEn;
  }

  @Override
  public String nameFr() {
    return nameFr;
  }

  /** Whether the stage is one of the three upstream stages the study scores. */
  public boolean upstream() {
    return this == EXTRACTION || this == PRE_TREATMENT || this == REFINING;
  }

  /** Parses an id such as {@code pre_treatment}; see {@link Labelled#parse}. */
  public static Stage fromId(String text) {
    return Labelled.parse(Stage.class, text, "stage");
  }
}
