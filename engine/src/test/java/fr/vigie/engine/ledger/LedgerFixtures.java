package fr.vigie.engine.ledger;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.MineralId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Hand-built reference data for ledger tests: a few minerals and countries. */
final class LedgerFixtures {
  private LedgerFixtures() {}

  static final Country COD = new Country("CD", "COD", 180, fr.vigie.engine.kernel.Names.of("en", "Congo - Kinshasa", "fr", "Congo-Kinshasa"), "Africa", "", false);
  static final Country CHN = new Country("CN", "CHN", 156, fr.vigie.engine.kernel.Names.of("en", "China", "fr", "Chine"), "Asia", "", false);
  static final Country FIN = new Country("FI", "FIN", 246, fr.vigie.engine.kernel.Names.of("en", "Finland", "fr", "Finlande"), "Europe", "", true);
  static final Country FRA = new Country("FR", "FRA", 250, fr.vigie.engine.kernel.Names.of("en", "France", "fr", "France"), "Europe", "", true);
  static final Country CHL = new Country("CL", "CHL", 152, fr.vigie.engine.kernel.Names.of("en", "Chile", "fr", "Chili"), "Americas", "", false);
  static final Country IDN = new Country("ID", "IDN", 360, fr.vigie.engine.kernel.Names.of("en", "Indonesia", "fr", "Indonésie"), "Asia", "", false);
  static final Country AUS = new Country("AU", "AUS", 36, fr.vigie.engine.kernel.Names.of("en", "Australia", "fr", "Australie"), "Oceania", "", false);
  static final Country DEU = new Country("DE", "DEU", 276, fr.vigie.engine.kernel.Names.of("en", "Germany", "fr", "Allemagne"), "Europe", "", true);

  static final Countries COUNTRIES =
      new Countries(List.of(COD, CHN, FIN, FRA, CHL, IDN, AUS, DEU), Map.of("DRC", "COD"));

  private static final Map<String, String> MINERALS = new HashMap<>();

  static {
    for (String[] m : new String[][] {
      {"cobalt", "cobalt", "cobalt"}, {"copper", "copper", "cuivre"}, {"nickel", "nickel", "nickel"},
      {"lithium", "lithium", "lithium"}, {"tin", "tin", "etain"}, {"aluminium", "aluminium", "aluminium"},
      {"natural_graphite", "natural graphite", "graphite naturel"}, {"gold", "gold", "or"}
    }) {
      MINERALS.put(m[0], m[0]);
      MINERALS.put(fold(m[1]), m[0]);
      MINERALS.put(fold(m[2]), m[0]);
    }
  }

  static final LedgerReferences REFERENCES =
      LedgerReferences.of(
          text -> Optional.ofNullable(MINERALS.get(fold(text))).map(MineralId::new), COUNTRIES);

  static final MineralId COBALT = new MineralId("cobalt");
  static final MineralId COPPER = new MineralId("copper");
  static final MineralId TIN = new MineralId("tin");

  private static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replace(' ', '_');
  }

  static LedgerImport csv(String text) {
    return csv(text.getBytes(StandardCharsets.UTF_8), LedgerOptions.defaults());
  }

  static LedgerImport csv(String text, LedgerOptions options) {
    return csv(text.getBytes(StandardCharsets.UTF_8), options);
  }

  static LedgerImport csv(byte[] bytes, LedgerOptions options) {
    try {
      return new LedgerImporter(REFERENCES)
          .importCsv(new ByteArrayInputStream(bytes), "test.csv", options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads with a tiny buffer so that records cross buffer ends at every position. */
  static LedgerImport csvSmallBuffer(byte[] bytes, int bufferSize) {
    try {
      LedgerOptions o = LedgerOptions.defaults();
      LedgerRows rows = new LedgerRows(REFERENCES, o, "test.csv", StandardCharsets.UTF_8);
      String d = new CsvReader(new ByteArrayInputStream(bytes), "test.csv", StandardCharsets.UTF_8, rows, bufferSize).read();
      return rows.finish("csv", d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Ledger accepted(LedgerImport result) {
    if (result instanceof LedgerImport.Accepted a) {
      return a.ledger();
    }
    throw new AssertionError("expected an accepted ledger, got " + result.report().errors());
  }

  static ImportReport rejected(LedgerImport result) {
    if (result instanceof LedgerImport.Rejected r) {
      return r.report();
    }
    throw new AssertionError("expected a rejection, got " + result);
  }
}
