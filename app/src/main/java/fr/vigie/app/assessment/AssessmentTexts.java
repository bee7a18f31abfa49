package fr.vigie.app.assessment;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.engine.assessment.AssessmentJson;
import fr.vigie.engine.Vigie;
import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Messages;
import org.springframework.stereotype.Component;

/**
 * The engine's assessment facade as the application uses it, and the rendering of stored texts (keys
 * with arguments, and reference-data terms) in a reader's language. Pages get the reader's {@link
 * Messages} as the model attribute {@code texts} ({@code th:text="${texts.render(r.title)}"}).
 */
@Component
public class AssessmentTexts {

    private final Vigie service;
    /** Messages are immutable: one per language, instead of looking up eleven bundles per request. */
    private final Map<Locale, Messages> byLocale = new ConcurrentHashMap<>();

    AssessmentTexts(WorkspaceEngine engine) {
        this.service = Vigie.of(engine.referenceData(), engine.regulations(), engine.solutions());
    }

    /** The engine's assessment facade over the application's reference data and catalogues. */
    Vigie service() {
        return service;
    }

    /** Messages in a language, naming minerals, texts, obligations and solutions. */
    public Messages messages(Locale locale) {
        return byLocale.computeIfAbsent(locale, service::messages);
    }

    /** A text or term in a language. */
    public String render(Localized text, Locale locale) {
        return messages(locale).render(text);
    }

    /** A text or term in its stored form (JSON), for a database column. */
    public static String store(Localized text) {
        return AssessmentJson.writeText(text);
    }

    /** Reads a text or term stored by {@link #store}. */
    public static Localized read(String json) {
        return AssessmentJson.readText("stored text", json);
    }
}
