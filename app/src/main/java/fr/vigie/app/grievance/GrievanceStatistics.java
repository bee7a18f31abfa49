package fr.vigie.app.grievance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics of a workspace's cases: counts by category, mineral, country and status, and the time to
 * acknowledge. Times are in hours: the mean and the median over the acknowledged cases (the median of an
 * even count is the mean of the two middle values); {@code overdue} counts the cases acknowledged after
 * their deadline plus those still waiting past it. A case without a mineral or country counts under "".
 *
 * @param cases               number of cases
 * @param byCategory          cases per category id
 * @param byMineral           cases per mineral as typed (trimmed, lower case)
 * @param byCountry           cases per country as typed (trimmed, lower case)
 * @param byStatus            cases per status id
 * @param acknowledged        cases acknowledged so far
 * @param meanHoursToAck      mean hours from receipt to acknowledgement, null when none acknowledged
 * @param medianHoursToAck    median of the same, null when none acknowledged
 * @param overdue             cases whose acknowledgement deadline was missed or has passed
 */
public record GrievanceStatistics(int cases, Map<String, Integer> byCategory, Map<String, Integer> byMineral,
        Map<String, Integer> byCountry, Map<String, Integer> byStatus, int acknowledged, Double meanHoursToAck,
        Double medianHoursToAck, int overdue) {

    /** The statistics of these cases at {@code now}. */
    static GrievanceStatistics of(List<Grievances.Summary> cases, Instant now) {
        Map<String, Integer> category = new TreeMap<>();
        Map<String, Integer> mineral = new TreeMap<>();
        Map<String, Integer> country = new TreeMap<>();
        Map<String, Integer> status = new TreeMap<>();
        List<Double> hours = new ArrayList<>();
        int overdue = 0;
        for (Grievances.Summary c : cases) {
            category.merge(c.category().id(), 1, Integer::sum);
            mineral.merge(key(c.mineral()), 1, Integer::sum);
            country.merge(key(c.country()), 1, Integer::sum);
            status.merge(c.status().id(), 1, Integer::sum);
            if (c.acknowledgedAt() != null) {
                hours.add(Duration.between(c.receivedAt(), c.acknowledgedAt()).toSeconds() / 3600.0);
            }
            if (c.overdue(now)) {
                overdue++;
            }
        }
        Double mean = hours.isEmpty() ? null : hours.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        Double median = null;
        if (!hours.isEmpty()) {
            List<Double> sorted = hours.stream().sorted().toList();
            int n = sorted.size();
            median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
        return new GrievanceStatistics(cases.size(), category, mineral, country, status, hours.size(), mean, median,
                overdue);
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
