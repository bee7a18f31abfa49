/**
 * Regulations catalogue page and API: every text of the regulatory knowledge base with its status
 * on today's date, key dates, obligations, sources and "as of" dates. Other modules add their own
 * sections to the page (e.g. the texts that apply to a workspace's company) by declaring
 * {@link fr.vigie.app.regulation.RegulationsPageSection} beans.
 */
@NullMarked
@ApplicationModule(displayName = "Regulations")
package fr.vigie.app.regulation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
