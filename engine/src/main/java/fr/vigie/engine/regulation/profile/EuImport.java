package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.mineral.MineralId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a company's annual imports into the EU: by CN (or TARIC) code, or by material and
 * form when the code is not known.
 *
 * @param cnCode digits only (spaces and dots removed), 4 to 10 digits
 * @param line line in the profile file, for messages
 */
public record EuImport(
    Optional<String> cnCode,
    Optional<MineralId> material,
    Optional<String> form,
    BigDecimal kgPerYear,
    int line) {
  public EuImport {
    Objects.requireNonNull(cnCode, "cnCode");
    Objects.requireNonNull(material, "material");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(kgPerYear, "kgPerYear");
    if (cnCode.isEmpty() && material.isEmpty()) {
      throw new IllegalArgumentException("an import needs a cn_code or a material");
    }
    if (kgPerYear.signum() < 0) {
      throw new IllegalArgumentException("kg_per_year must be zero or more");
    }
  }

  /** How the line reads in sentences: "CN 2609 00 00" or "tin (ore_concentrate)". */
  public String label() {
    return cnCode
        .map(c -> "CN " + spaced(c))
        .orElseGet(() -> material.orElseThrow() + form.map(f -> " (" + f + ")").orElse(""));
  }

  /** Groups code digits as printed in the Combined Nomenclature: 2609 00 00 (10). */
  static String spaced(String digits) {
    StringBuilder sb = new StringBuilder(digits.substring(0, Math.min(4, digits.length())));
    for (int i = 4; i < digits.length(); i += 2) {
      sb.append(' ').append(digits, i, Math.min(i + 2, digits.length()));
    }
    return sb.toString();
  }
}
