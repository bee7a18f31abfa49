/**
 * The solutions catalogue (study Phase 4): OECD due diligence steps, the internal due diligence
 * mechanism, the five types of external players (support organisations, initiatives, standards and
 * certifications, field projects, experts and peers) and the levers of rethinking practices
 * (circular economy, sobriety, relocation), each with the risks, stages and minerals it addresses,
 * a time horizon and a source. Loaded from {@code solutions.yaml}, validated as a whole.
 */
package fr.vigie.engine.solution;
