package fr.vigie.app.assessment;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

    /** A text or term in a language. */
    private record RenderedKey(Locale locale, Localized text) {
    }

    /**
     * Rendered texts and terms, keyed by language and value (at most {@value #RENDERED_CACHE_SIZE}): a
     * text's words depend only on its key, its arguments, the language and the reference data, which
     * does not change while the application runs. A roadmap page renders each action's title two or
     * three times, and the same titles at every request (a message format parsed each time).
     */
    private final Cache<RenderedKey, String> rendered = Caffeine.newBuilder().maximumSize(RENDERED_CACHE_SIZE).build();

    static final int RENDERED_CACHE_SIZE = 20_000;

    static final int READ_CACHE_SIZE = 20_000;

    /**
     * Stored texts read from their JSON, keyed by that JSON (at most {@value #READ_CACHE_SIZE}): the
     * roadmap's rows carry two each, read at every request. A text is a value, so the same JSON always
     * reads as the same text, whatever the workspace or instance.
     */
    private static final Cache<String, Localized> READ = Caffeine.newBuilder().maximumSize(READ_CACHE_SIZE).build();


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
        return rendered.get(new RenderedKey(locale, text), k -> messages(locale).render(text));
    }

    /** What pages get as {@code texts}: renders in the reader's language, texts and terms kept once rendered. */
    public Renderer renderer(Locale locale) {
        return new Renderer(this, locale);
    }

    /**
     * Renders values in a language for a page ({@code ${texts.render(a.title)}}): texts and terms
     * through the kept renderings, anything else (a date, a number, a string) as {@link
     * Messages#render(Object)} does.
     *
     * @param texts  where renderings are kept
     * @param locale the reader's language
     */
    public record Renderer(AssessmentTexts texts, Locale locale) {

        /** A value in the reader's language. */
        public String render(Object value) {
            return value instanceof Localized text ? texts.render(text, locale) : texts.messages(locale).render(value);
        }
    }

    /** A text or term in its stored form (JSON), for a database column. */
    public static String store(Localized text) {
        return AssessmentJson.writeText(text);
    }

    /** Reads a text or term stored by {@link #store}. */
    public static Localized read(String json) {
        return READ.get(json, j -> AssessmentJson.readText("stored text", j));
    }
}
