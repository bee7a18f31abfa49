package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.mineral.MineralId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of Annex I of the EU conflict minerals regulation: a CN code, what it covers, and the
 * annual import volume from which a Union importer is bound.
 *
 * @param part {@code A} (minerals: ores and concentrates) or {@code B} (metals)
 * @param cnCode the CN code as printed, e.g. {@code 2609 00 00} or {@code 8001}
 * @param ex true when the row covers only part of the CN code ("ex" in the Annex)
 * @param taric TARIC codes (10 digits) that identify the part covered, for "ex" rows
 * @param description what the row covers, per language (e.g. tin ores and concentrates)
 * @param material the mineral concerned
 * @param form the form of the material (ore_concentrate, unwrought, oxide...), matched against a
 *     profile's {@code material + form} import lines
 * @param thresholdKg the volume threshold in kg per year; empty when the Annex sets no fixed figure
 *     or when this data does not hold a verified figure
 * @param verified false when the figure could not be checked against the Official Journal
 * @param note explanation shown with the row (e.g. "Article 1(4) and Article 18 apply"), per
 *     language; empty when the row needs none
 */
public record ImportThreshold(
    String part,
    String cnCode,
    boolean ex,
    List<String> taric,
    Names description,
    MineralId material,
    String form,
    Optional<BigDecimal> thresholdKg,
    boolean verified,
    Optional<Names> note) {

  public ImportThreshold {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(cnCode, "cnCode");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(thresholdKg, "thresholdKg");
    Objects.requireNonNull(note, "note");
    taric = taric.stream().map(ImportThreshold::digits).toList();
  }

  /** The CN code with its spaces and dots removed. */
  public String cnDigits() {
    return digits(cnCode);
  }

  /** Removes spaces, dots and the "ex" marker from a customs code. */
  public static String digits(String code) {
    return code.replaceAll("(?i)^ex", "").replaceAll("[\\s.]", "");
  }
}
