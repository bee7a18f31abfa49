/**
 * Reference knowledge: the engine's curated reference data, regulations catalogue and solutions
 * catalogue as Spring beans loaded once at startup, localised names and number formats for the
 * pages ({@code @names}, {@code @fmt} in templates), the "unknown id" error that pages show as a
 * 404 page and the API as a problem detail, and the API's security conventions.
 */
@NullMarked
@ApplicationModule(displayName = "Reference knowledge")
package fr.vigie.app.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
