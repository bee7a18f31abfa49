package fr.vigie.engine.mineral;

import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.Term;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mineral or material of the reference knowledge base.
 *
 * @param id stable id, e.g. {@code natural_graphite}
 * @param names names per language, English required
 * @param symbol chemical symbol or usual abbreviation ({@code Co}, {@code REE}); empty for mica
 * @param group the group this material belongs to (platinum and palladium belong to {@code pgms})
 * @param euCritical on the critical raw materials list of Regulation (EU) 2024/1252, Annex II
 * @param euStrategic on the strategic raw materials list of Regulation (EU) 2024/1252, Annex I
 * @param euListNote how the EU lists qualify it (e.g. "strategic as battery grade"); may be empty
 * @param regulations ids of the regulations that name it, e.g. {@code eu-conflict-minerals}
 * @param uses main uses per language code, English required
 * @param aliases other names it is searched by (ore names, spellings)
 */
public record Mineral(
    MineralId id,
    Names names,
    String symbol,
    Optional<MineralId> group,
    boolean euCritical,
    boolean euStrategic,
    String euListNote,
    List<String> regulations,
    Map<String, List<String>> uses,
    List<String> aliases) {

  public Mineral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(names, "names");
    symbol = symbol == null ? "" : symbol;
    group = group == null ? Optional.empty() : group;
    euListNote = euListNote == null ? "" : euListNote;
    regulations = List.copyOf(regulations);
    Map<String, List<String>> u = new LinkedHashMap<>();
    uses.forEach((language, list) -> u.put(language, List.copyOf(list)));
    if (!u.containsKey("en")) {
      throw new IllegalArgumentException("mineral " + id + ": main uses in English are required");
    }
    uses = Collections.unmodifiableMap(u);
    aliases = List.copyOf(aliases);
  }

  /** The name in this language, else in English. */
  public String name(Locale locale) {
    return names.in(locale);
  }

  /** The main uses in this language, else in English. */
  public List<String> uses(Locale locale) {
    List<String> found = uses.get(locale.getLanguage());
    return found != null ? found : uses.get("en");
  }

  /** This mineral as a term ({@code mineral}/id), named from the reference data. */
  public Term term() {
    return Term.of(KIND, id.value());
  }

  /** The kind of mineral terms. */
  public static final String KIND = "mineral";

  /** Whether a regulation with this id names the mineral. */
  public boolean namedBy(String regulationId) {
    return regulations.contains(regulationId);
  }
}
