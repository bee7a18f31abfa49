package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Statistics of the grievance mechanism (the alert mechanism) over a period, as the application's
 * case register gives them; never the cases themselves.
 *
 * @param from first day of the period
 * @param to last day of the period
 * @param cases cases received in the period
 * @param byStatus cases per workflow status id ({@code received}, {@code acknowledged},
 *     {@code under_assessment}, {@code remediation}, {@code closed})
 * @param byCategory cases per category id
 * @param byMineral cases per mineral id (cases naming none are left out)
 * @param byCountry cases per ISO alpha-3 country (cases naming none are left out)
 * @param medianDaysToAcknowledge median days from receipt to acknowledgement, when a case was acknowledged
 */
public record GrievanceSummary(
    LocalDate from, LocalDate to, int cases, Map<String, Integer> byStatus, Map<String, Integer> byCategory,
    Map<String, Integer> byMineral, Map<String, Integer> byCountry, Optional<Double> medianDaysToAcknowledge) {
  public GrievanceSummary {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new ProblemException(Problem.error("filing.bad_summary", "grievances.to", to));
    }
    if (cases < 0) {
      throw new ProblemException(Problem.error("filing.bad_summary", "grievances.cases", cases));
    }
    byStatus = counts("grievances.by_status", byStatus);
    byCategory = counts("grievances.by_category", byCategory);
    byMineral = counts("grievances.by_mineral", byMineral);
    byCountry = counts("grievances.by_country", byCountry);
    Objects.requireNonNull(medianDaysToAcknowledge, "medianDaysToAcknowledge");
    if (medianDaysToAcknowledge.filter(d -> !(d >= 0)).isPresent()) {
      throw new ProblemException(Problem.error("filing.bad_summary", "grievances.median_days_to_acknowledge",
          medianDaysToAcknowledge.get()));
    }
  }

  private static Map<String, Integer> counts(String field, Map<String, Integer> in) {
    Map<String, Integer> copy = new LinkedHashMap<>();
    in.forEach((k, v) -> {
      if (k == null || v == null || v < 0) {
        throw new ProblemException(Problem.error("filing.bad_summary", field, String.valueOf(v)));
      }
      copy.put(k, v);
    });
    return Collections.unmodifiableMap(copy);
  }
}
