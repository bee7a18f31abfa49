package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The check of one reported smelter against the user's RMI smelter list, the CAHRA list and the
 * EU's Russian gold import ban.
 *
 * @param smelterId the id reported (normalised), or the listed id found by name
 * @param reportedName the name as reported (or consolidated)
 * @param reference the listed smelter it was matched to, by id or by metal and name
 * @param country ISO alpha-3: the listed country when matched, else the reported one
 * @param status what the list says (see {@link SmelterStatus})
 * @param cahra whether the country is in the CAHRA list used
 * @param russianGold whether the EU's Russian gold ban applies: gold from a smelter in Russia or
 *     from a Russian mine (Regulation (EU) No 833/2014, Article 3o)
 * @param suppliers the suppliers that reported it
 * @param rows the Smelter List rows (1-based) when checked within one declaration, else empty
 */
public record SmelterCheck(MineralId metal, Optional<String> smelterId, String reportedName,
    Optional<ReferenceSmelter> reference, Optional<String> country, SmelterStatus status, boolean cahra,
    boolean russianGold, List<String> suppliers, List<Integer> rows) {
  public SmelterCheck {
    Objects.requireNonNull(metal);
    Objects.requireNonNull(smelterId);
    Objects.requireNonNull(reportedName);
    Objects.requireNonNull(reference);
    Objects.requireNonNull(country);
    Objects.requireNonNull(status);
    suppliers = List.copyOf(suppliers);
    rows = List.copyOf(rows);
  }

  /** Whether anything here needs following up: a red-flag status, a CAHRA country, the gold ban. */
  public boolean needsAction() {
    return status.isRedFlag() || cahra || russianGold;
  }
}
