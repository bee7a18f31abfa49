/**
 * Country pages and API: every country with its risk level per category and a world map coloured
 * by the chosen category (with the same data as a table); per country its indicators (raw value,
 * year, normalised value, weight, contribution), the indicators without data, and its production
 * shares per mineral and stage, under the current methodology.
 */
@NullMarked
@ApplicationModule(displayName = "Countries")
package fr.vigie.app.country;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
