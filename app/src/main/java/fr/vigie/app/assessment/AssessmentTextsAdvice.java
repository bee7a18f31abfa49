package fr.vigie.app.assessment;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the reader's {@link AssessmentTexts.Renderer} as {@code texts}, to render stored texts and terms. */
@ControllerAdvice
class AssessmentTextsAdvice {

    private final AssessmentTexts texts;

    AssessmentTextsAdvice(AssessmentTexts texts) {
        this.texts = texts;
    }

    @ModelAttribute("texts")
    AssessmentTexts.Renderer texts(Locale locale) {
        return texts.renderer(locale);
    }
}
