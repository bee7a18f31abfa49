package fr.vigie.engine.mineral;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mineral or material of the reference knowledge base.
 *
 * @param id stable id, e.g. {@code natural_graphite}
 * @param nameEn English name
 * @param nameFr French name
 * @param symbol chemical symbol or usual abbreviation ({@code Co}, {@code REE}); empty for mica
 * @param group the group this material belongs to (platinum and palladium belong to {@code pgms})
 * @param euCritical on the critical raw materials list of Regulation (EU) 2024/1252, Annex II
 * @param euStrategic on the strategic raw materials list of Regulation (EU) 2024/1252, Annex I
 * @param euListNote how the EU lists qualify it (e.g. "strategic as battery grade"); may be empty
 * @param regulations ids of the regulations that name it, e.g. {@code eu-conflict-minerals}
 * @param usesEn main uses, in English
 * @param usesFr main uses, in French
 * @param aliases other names it is searched by (ore names, spellings)
 */
public record Mineral(
    MineralId id,
    String nameEn,
    String nameFr,
    String symbol,
    Optional<MineralId> group,
    boolean euCritical,
    boolean euStrategic,
    String euListNote,
    List<String> regulations,
    List<String> usesEn,
    List<String> usesFr,
    List<String> aliases) {

  public Mineral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(nameFr, "nameFr");
    symbol = symbol == null ? "" : symbol;
    group = group == null ? Optional.empty() : group;
    euListNote = euListNote == null ? "" : euListNote;
    regulations = List.copyOf(regulations);
    usesEn = List.copyOf(usesEn);
    usesFr = List.copyOf(usesFr);
    aliases = List.copyOf(aliases);
  }

  /** Whether a regulation with this id names the mineral. */
  public boolean namedBy(String regulationId) {
    return regulations.contains(regulationId);
  }
}
