package fr.vigie.engine.regulation.profile;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An EU subsidiary or branch of a company (profile fields {@code eu_subsidiaries} and {@code
 * eu_branches}), as CSRD Article 40a reads them for groups whose parent is outside the EU.
 *
 * @param country ISO alpha-2 code of the member state
 * @param turnoverEur its net turnover, EUR, when given
 * @param employees its headcount, when given
 * @param line line in the profile file, for messages
 */
public record EuEntity(String country, Optional<BigDecimal> turnoverEur, Optional<Long> employees, int line) {
  public EuEntity {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(turnoverEur, "turnoverEur");
    Objects.requireNonNull(employees, "employees");
  }
}
