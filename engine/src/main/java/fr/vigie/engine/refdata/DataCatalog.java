package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The data catalog: every source that curated figures cite, by id. */
public final class DataCatalog {
  private final Map<String, Dataset> byId;

  public DataCatalog(Collection<Dataset> datasets) {
    Map<String, Dataset> m = new LinkedHashMap<>();
    for (Dataset d : datasets) {
      if (m.put(d.id(), d) != null) {
        throw new ProblemException(Problem.error("refdata.duplicate_id", Text.of("refdata.kind.dataset"), d.id()));
      }
    }
    this.byId = Collections.unmodifiableMap(m);
  }

  public Collection<Dataset> all() {
    return byId.values();
  }

  public Optional<Dataset> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  public Dataset require(String id) {
    return find(id)
        .orElseThrow(() -> new ProblemException(Problem.error("refdata.unknown_source", String.valueOf(id))));
  }
}
