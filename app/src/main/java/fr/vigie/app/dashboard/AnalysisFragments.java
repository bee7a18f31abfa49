package fr.vigie.app.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.vigie.app.assessment.AssessmentView;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The dashboard's ranking and heatmap of an assessment, rendered once per assessment and language
 * (template {@code dashboard/analysis}) and kept: stored assessments never change, and these two
 * sections are most of the page's rendering work.
 */
@Component
class AnalysisFragments {

    static final String TEMPLATE = "dashboard/analysis";
    static final int CACHE_SIZE = 128;

    private final SpringTemplateEngine templates;
    private final Map<String, String> rendered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    });

    AnalysisFragments(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /** The HTML of the ranking and heatmap sections of an assessment in a language. */
    String html(AssessmentView view, Locale locale) {
        String key = view.stored().id() + "/" + locale.toLanguageTag();
        String html = rendered.get(key);
        if (html == null) {
            Context context = new Context(locale, Map.of("view", view, "categories", AssessmentView.CATEGORIES));
            html = templates.process(TEMPLATE, context);
            rendered.put(key, html);
        }
        return html;
    }

}
