package fr.vigie.engine.ledger;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import fr.vigie.engine.refdata.ReferenceData;
import java.util.Objects;
import java.util.Optional;

/**
 * What the importer needs to know about the world: which text names which mineral, which text
 * names which country. Kept to two small functions so that the importer does not depend on how the
 * reference data is loaded; tests build them by hand.
 *
 * @param materials resolves a mineral id or an English or French mineral name
 * @param countries resolves an ISO code or a country name
 */
public record LedgerReferences(MaterialResolver materials, CountryResolver countries) {

  public LedgerReferences {
    Objects.requireNonNull(materials, "materials");
    Objects.requireNonNull(countries, "countries");
  }

  /** References using a country registry. */
  public static LedgerReferences of(MaterialResolver materials, Countries countries) {
    return new LedgerReferences(materials, countries::find);
  }

  /** References using the mineral and country registries. */
  public static LedgerReferences of(Minerals minerals, Countries countries) {
    return new LedgerReferences(text -> minerals.find(text).map(Mineral::id), countries::find);
  }

  /** References using Vigie's curated reference data ({@link ReferenceData#loadDefault()}). */
  public static LedgerReferences bundled() {
    ReferenceData data = ReferenceData.loadDefault();
    return of(data.minerals(), data.countries());
  }

  /** Resolves the text of a {@code material} cell. */
  @FunctionalInterface
  public interface MaterialResolver {
    /** The mineral the text names (id, English or French name), empty when unknown. */
    Optional<MineralId> find(String text);
  }

  /** Resolves the text of a country cell. */
  @FunctionalInterface
  public interface CountryResolver {
    /** The country the text names (ISO code or name), empty when unknown. */
    Optional<Country> find(String text);
  }
}
