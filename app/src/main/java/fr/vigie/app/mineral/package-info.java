/**
 * Mineral pages and API: the list of minerals; per mineral its value chain (stages and processes
 * with their risk levels per category), world maps of extraction and refining shares, the country
 * table per stage, HHI, HHI_WGI,t and gross supply risk, each number with an explanation (inputs,
 * method, sources, years) from the engine's explanation trees, under the current methodology.
 */
@NullMarked
@ApplicationModule(displayName = "Minerals")
package fr.vigie.app.mineral;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
