package fr.vigie.app.assessment;

import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the JSON API writes a text or term: its stored form ({@code {key, args}} for a text, {@code
 * {kind, id}} for a term) and, next to it, {@code text}: the text rendered in the request's language
 * ({@code lang} parameter, else {@code Accept-Language}), nested texts included. A client shows
 * {@code text} and keeps the key to recognise a message. Only the application's HTTP mapper is
 * concerned: stored assessments and texts are written by the engine's own mapper, without {@code text}.
 */
@Configuration(proxyBeanMethods = false)
class LocalizedJson {

    @Bean
    JacksonModule localizedTexts(ObjectProvider<AssessmentTexts> texts) {
        SimpleModule module = new SimpleModule("vigie-rendered-texts");
        ValueSerializer<Localized> serializer = new Rendered(texts);
        module.addSerializer(Localized.class, serializer);
        module.addSerializer(Text.class, cast(serializer));
        module.addSerializer(Term.class, cast(serializer));
        return module;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Localized> ValueSerializer<T> cast(ValueSerializer<Localized> s) {
        return (ValueSerializer<T>) (ValueSerializer<?>) s;
    }

    /** Writes the stored fields, then {@code text} in the request's language. */
    private static final class Rendered extends ValueSerializer<Localized> {
        /** Looked up when first needed: the mapper is built before the engine's data are loaded. */
        private final ObjectProvider<AssessmentTexts> texts;

        Rendered(ObjectProvider<AssessmentTexts> texts) {
            this.texts = texts;
        }

        @Override
        public void serialize(Localized value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            switch (value) {
                case Text t -> {
                    gen.writeStringProperty("key", t.key());
                    gen.writeName("args");
                    ctxt.writeValue(gen, t.args());
                }
                case Term t -> {
                    gen.writeStringProperty("kind", t.kind());
                    gen.writeStringProperty("id", t.id());
                }
            }
            gen.writeStringProperty("text", texts.getObject().render(value, LocaleContextHolder.getLocale()));
            gen.writeEndObject();
        }
    }
}
