package fr.vigie.engine.refdata;

import java.util.Objects;

/**
 * One entry of the data catalog: a dataset or publication that curated figures come from.
 *
 * @param id stable id cited by the curated files' {@code source} columns, e.g. {@code usgs-mcs-2025}
 * @param kind {@code dataset} (figures are derived from it), {@code publication} (facts quoted) or
 *     {@code assessment} (the project's own expert judgement, to be reviewed)
 * @param title title of the dataset or publication
 * @param publisher who publishes it
 * @param year edition or publication year
 * @param licence licence or terms of use of the data
 * @param url where to find it
 * @param retrieval how and from where the raw file was obtained (repository and commit)
 * @param transformation what the converter or the team did to turn it into the curated files
 * @param redistributable whether the terms allow Vigie to ship values derived from it
 */
public record Dataset(
    String id,
    String kind,
    String title,
    String publisher,
    int year,
    String licence,
    String url,
    String retrieval,
    String transformation,
    boolean redistributable) {

  public Dataset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
