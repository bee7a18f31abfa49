package fr.vigie.app.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.vigie.app.assessment.AssessmentTexts;
import fr.vigie.app.assessment.AssessmentView;
import fr.vigie.app.knowledge.ReferenceNames;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The dashboard's ranking and heatmap of an assessment, rendered once per assessment and language
 * (template {@code dashboard/analysis}) and kept: stored assessments never change, and these two
 * sections are most of the page's rendering work. Minerals are named in the language
 * ({@link ReferenceNames}).
 */
@Component
class AnalysisFragments {

    static final String TEMPLATE = "dashboard/analysis";
    static final int CACHE_SIZE = 128;

    private final SpringTemplateEngine templates;
    private final ReferenceNames names;
    /** Renderings by assessment and language; all dropped when full (they are rebuilt in milliseconds). */
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    private final AssessmentTexts texts;

    AnalysisFragments(SpringTemplateEngine templates, ReferenceNames names, AssessmentTexts texts) {
        this.templates = templates;
        this.names = names;
        this.texts = texts;
    }

    /** The HTML of the ranking and heatmap sections of an assessment in a language. */
    String html(AssessmentView view, Locale locale) {
        String key = view.stored().id() + "/" + locale.toLanguageTag();
        String html = rendered.get(key);
        if (html == null) {
            Context context = new Context(locale, Map.of("view", view, "categories", AssessmentView.CATEGORIES,
                    "names", names, "texts", texts.messages(locale)));
            html = templates.process(TEMPLATE, context);
            if (rendered.size() >= CACHE_SIZE) {
                rendered.clear();
            }
            rendered.put(key, html);
        }
        return html;
    }

}
