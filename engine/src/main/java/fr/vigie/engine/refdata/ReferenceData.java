package fr.vigie.engine.refdata;

import fr.vigie.engine.country.Countries;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Vigie's curated reference knowledge base (countries, minerals, value chains, production by stage,
 * country indicators, data catalog), loaded into memory and validated as a whole.
 *
 * <p>{@link #loadDefault()} reads the files bundled in the engine (under {@value #RESOURCE_DIR}) once
 * and caches the result; it is safe to call from any thread. {@link #load(Path)} reads the same files
 * from a directory. Any invalid file stops the load with a {@link fr.vigie.engine.VigieException}
 * naming the file, line and problem. Instances are immutable.
 */
public final class ReferenceData {
  /** Classpath folder of the curated files. */
  public static final String RESOURCE_DIR = "/fr/vigie/engine/refdata/";

  private static final Object LOCK = new Object();
  private static volatile ReferenceData defaultData;

  private final Countries countries;

  private ReferenceData(Countries countries) {
    this.countries = Objects.requireNonNull(countries);
  }

  /** The reference data bundled in the engine, loaded on first call and then cached. */
  public static ReferenceData loadDefault() {
    ReferenceData d = defaultData;
    if (d == null) {
      synchronized (LOCK) {
        d = defaultData;
        if (d == null) {
          d = load(new RefSource.Classpath());
          defaultData = d;
        }
      }
    }
    return d;
  }

  /** Loads and validates the curated files found in a directory (same names as the bundled ones). */
  public static ReferenceData load(Path dir) {
    return load(new RefSource.Directory(dir));
  }

  private static ReferenceData load(RefSource source) {
    Countries countries = CountryFiles.load(source);
    return new ReferenceData(countries);
  }

  /** Every ISO 3166-1 country, with the aliases sources use. */
  public Countries countries() {
    return countries;
  }
}
