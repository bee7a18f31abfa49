package fr.vigie.engine.kernel;

/**
 * A stage of a mineral value chain. The study's three upstream stages (extraction, pre-treatment,
 * refining) plus downstream manufacturing and recycling, used when a company maps its own chain.
 */
public enum Stage implements Labelled {
  EXTRACTION("extraction"),
  PRE_TREATMENT("pre_treatment"),
  REFINING("refining"),
  DOWNSTREAM("downstream"),
  RECYCLING("recycling");

  private final String id;

  Stage(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "stage";
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
