package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.Names;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the data catalog: a dataset or publication that curated figures come from.
 *
 * @param id stable id cited by the curated files' {@code source} columns, e.g. {@code usgs-mcs-2025}
 * @param kind {@code dataset} (figures are derived from it), {@code publication} (facts quoted) or
 *     {@code assessment} (the project's own expert judgement, to be reviewed)
 * @param titles title of the dataset or publication, per language (columns {@code title_<language>})
 * @param publishers who publishes it, per language (columns {@code publisher_<language>})
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
    Names titles,
    Names publishers,
    int year,
    String licence,
    String url,
    String retrieval,
    String transformation,
    boolean redistributable) {

  public Dataset {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titles, "titles");
    Objects.requireNonNull(publishers, "publishers");
  }

  /** The title in English. */
  public String title() {
    return titles.english();
  }

  /** The title in this language, else in English. */
  public String title(Locale locale) {
    return titles.in(locale);
  }

  /** The publisher in English. */
  public String publisher() {
    return publishers.english();
  }

  /** The publisher in this language, else in English. */
  public String publisher(Locale locale) {
    return publishers.in(locale);
  }
}
