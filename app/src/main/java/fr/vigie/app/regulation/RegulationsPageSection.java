package fr.vigie.app.regulation;

import java.security.Principal;
import java.util.Map;

/**
 * A section that another module adds to the regulations page, above the catalogue: the page
 * renders the Thymeleaf fragment {@code template :: fragment} with the variables {@link #model}
 * returns (e.g. the texts that apply to the user's workspace, with reasons and dates).
 */
public interface RegulationsPageSection {

    /** Template name, e.g. {@code workspace/regulations}. */
    String template();

    /** Fragment name within the template, e.g. {@code applicable}. */
    String fragment();

    /** Variables of the fragment for this user; an empty map hides the section. */
    Map<String, Object> model(Principal user);
}
