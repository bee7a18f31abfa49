/**
 * Methodologies: the risk methodology in use (the engine's default one until an administrator makes
 * another current), every version stored in PostgreSQL and kept (assessments keep theirs), the
 * Methodology page showing weights, orientations, normalisation, aggregation, thresholds and stage
 * combination, and the administrators' form to create a new version from YAML validated by the
 * engine's loader. Other modules use {@link fr.vigie.app.methodology.Methodologies}.
 */
@NullMarked
@ApplicationModule(displayName = "Methodologies")
package fr.vigie.app.methodology;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
