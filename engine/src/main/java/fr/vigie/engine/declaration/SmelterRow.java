package fr.vigie.engine.declaration;

import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the Smelter List sheet. Text fields are trimmed, empty when blank.
 *
 * @param row 1-based sheet row
 * @param metal the metal read from column B, when recognised
 * @param country ISO alpha-3 code of the smelter country (column E), when recognised
 * @param smelterId normalised id {@code CID} + 6 digits (column F, else column A), when valid
 * @param idText the identification cell as written
 * @param mineCountries ISO alpha-3 codes read from the mine country column (O)
 * @param recycled answer of column P ("100% recycled or scrap?")
 */
public record SmelterRow(
    int row,
    Optional<MineralId> metal,
    String metalText,
    String lookupText,
    LookupKind lookup,
    String name,
    String countryText,
    Optional<String> country,
    Optional<String> smelterId,
    String idText,
    String sourceOfId,
    String street,
    String city,
    String state,
    String contactName,
    String contactEmail,
    String nextSteps,
    String mineNames,
    String mineCountryText,
    List<String> mineCountries,
    Answer recycled,
    String comments) {

  public SmelterRow {
    Objects.requireNonNull(metal);
    Objects.requireNonNull(lookup);
    Objects.requireNonNull(country);
    Objects.requireNonNull(smelterId);
    Objects.requireNonNull(recycled);
    mineCountries = List.copyOf(mineCountries);
    for (String s : List.of(metalText, lookupText, name, countryText, idText, sourceOfId, street, city,
        state, contactName, contactEmail, nextSteps, mineNames, mineCountryText, comments)) {
      Objects.requireNonNull(s);
    }
  }
}
