package fr.vigie.engine.risk;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An indicator that a user brings in a CSV file of their own ({@code country,value[,year]}) and
 * references from a custom methodology, e.g. the ITUC Global Rights Index (1 best to 5+ worst).
 *
 * @param id indicator id used in the methodology's categories
 * @param name human-readable name
 * @param source where the figures come from (shown in explanations)
 * @param file the CSV file, resolved against the methodology file's folder
 * @param year default year when the CSV has no year column (0 when unknown)
 */
public record CustomIndicator(String id, String name, String source, Path file, int year) {
  public CustomIndicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(file, "file");
    name = name == null ? id : name;
    source = source == null ? file.getFileName().toString() : source;
  }
}
