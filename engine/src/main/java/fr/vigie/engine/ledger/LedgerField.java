package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column of the purchase ledger. Each field has an English id (the canonical header) and French
 * header names; headers are matched without case, accents, spaces or hyphens ({@link #key}).
 */
public enum LedgerField {
  ITEM("item", true, "article", "produit", "référence"),
  MATERIAL("material", true, "matière", "matériau", "mineral", "minerai", "metal"),
  MASS_KG("mass_kg", true, "masse_kg", "masse", "mass", "quantité_kg"),
  DESCRIPTION("description", false, "libellé", "désignation"),
  SUPPLIER("supplier", false, "fournisseur"),
  SUPPLIER_COUNTRY("supplier_country", false, "pays_fournisseur"),
  SPEND_EUR("spend_eur", false, "dépense_eur", "dépense", "dépenses_eur", "montant_eur", "achats_eur"),
  ORIGIN_COUNTRY("origin_country", false, "pays_origine", "pays_d_origine", "pays_extraction"),
  REFINER_COUNTRY("refiner_country", false, "pays_affinage", "pays_affineur", "pays_raffinage"),
  SMELTER_ID("smelter_id", false, "id_fonderie", "identifiant_fonderie", "cid"),
  RECYCLED_SHARE("recycled_share", false, "part_recyclée", "taux_recyclé", "part_recyclé"),
  RECYCLING_COUNTRY("recycling_country", false, "pays_recyclage", "pays_de_recyclage", "pays_récupération"),
  YEAR("year", false, "année");

  private final String id;
  private final boolean required;
  private final List<String> frenchNames;
  private final List<String> frenchKeys;

  LedgerField(String id, boolean required, String... frenchNames) {
    this.id = id;
    this.required = required;
    this.frenchNames = List.of(frenchNames);
    this.frenchKeys = Arrays.stream(frenchNames).map(LedgerField::key).toList();
  }

  /** The canonical (English) header, e.g. {@code mass_kg}. */
  public String id() {
    return id;
  }

  /** Whether every ledger must have this column. */
  public boolean required() {
    return required;
  }

  /** French header names accepted for this field ({@code pays_origine}, {@code matière}). */
  public List<String> frenchNames() {
    return frenchNames;
  }

  /** The first French header name, the one the generator writes. */
  public String frenchHeader() {
    return frenchNames.getFirst();
  }

  /** The field whose English id or French name matches the header text, if any. */
  public static Optional<LedgerField> ofHeader(String header) {
    String k = key(header);
    return Arrays.stream(values())
        .filter(f -> f.id.equals(k) || f.frenchKeys.contains(k))
        .findFirst();
  }

  /** Parses a field id as given in a mapping option ({@code mass_kg}); refuses unknown ones. */
  public static LedgerField fromId(String text) {
    String k = key(text);
    return Arrays.stream(values())
        .filter(f -> f.id.equals(k))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(Problem.error("vocabulary.unknown", Text.of("vocabulary.ledger_field"),
                    String.valueOf(text), String.join(", ", Arrays.stream(values()).map(LedgerField::id).toList()))));
  }

  /**
   * Normalised header key: lower case, no accents, runs of spaces, hyphens, dots, apostrophes and
   * underscores folded to one underscore, e.g. {@code "Pays d'origine"} to {@code pays_d_origine}.
   */
  static String key(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return s.replaceAll("^_+|_+$", "");
  }
}
