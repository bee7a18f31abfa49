package fr.vigie.engine.declaration.consolidate;

/**
 * The smelters of one metal located in one country.
 *
 * @param country ISO alpha-3
 * @param smelters distinct smelters in that country
 * @param share {@code smelters} divided by the metal's smelters whose country is known (0..1)
 */
public record CountryShare(String country, int smelters, double share) {}
