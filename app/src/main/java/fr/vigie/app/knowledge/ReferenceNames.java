package fr.vigie.app.knowledge;

import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.TermNames;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.Mineral;
import fr.vigie.engine.refdata.Dataset;
import fr.vigie.engine.refdata.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of reference entities in the user's language (French when the locale's language is
 * {@code fr}, else English), for pages ({@code @names} in templates) and explanations. An id that
 * names nothing is returned as given, so that a page never fails on a label.
 */
@Component("names")
public class ReferenceNames {

    private final ReferenceData data;
    private final MessageSource messages;
    private final TermNames terms;

    ReferenceNames(ReferenceKnowledge knowledge, MessageSource messages) {
        this.data = knowledge.data();
        this.messages = messages;
        this.terms = data.termNames().or(knowledge.regulations().termNames()).or(knowledge.solutions().termNames());
    }

    /**
     * The engine's messages in this language, naming reference terms (countries, minerals,
     * processes, regulations, solutions) from the data's translations: renders engine texts such
     * as applicability reasons ({@code @names.render(text, #locale)} in templates).
     */
    public Messages engine(Locale locale) {
        return Messages.of(locale, terms);
    }

    /** An engine text or term rendered in this language. */
    public String render(Object localized, Locale locale) {
        return engine(locale).render(localized);
    }

    /** A country's short name from any code or name the registry knows. */
    public String country(String code, Locale locale) {
        return data.countries().find(code).map(c -> country(c, locale)).orElse(code);
    }

    /** A country's short name. */
    public String country(Country country, Locale locale) {
        return country.name(locale);
    }

    /**
     * Every country's short name by ISO numeric code on three digits ({@code "180"}), the key of
     * the map shapes; for map tooltips.
     */
    public Map<String, String> countriesByNumeric(Locale locale) {
        Map<String, String> names = new TreeMap<>();
        data.countries().all().forEach(c -> names.put("%03d".formatted(c.numeric()), country(c, locale)));
        return names;
    }

    /** A mineral's name from its id. */
    public String mineral(String id, Locale locale) {
        return data.minerals().find(id).map(m -> mineral(m, locale)).orElse(id);
    }

    /** A mineral's name. */
    public String mineral(Mineral mineral, Locale locale) {
        return mineral.name(locale);
    }

    /** A value-chain process's name. */
    public String process(String id, Locale locale) {
        return data.valueChain().process(id).map(p -> p.name(locale)).orElse(id);
    }

    /** A risk factor's name. */
    public String factor(String id, Locale locale) {
        return data.valueChain().riskFactor(id).map(f -> f.name(locale)).orElse(id);
    }

    /** An indicator's name. */
    public String indicator(String id, Locale locale) {
        return data.indicators().definition(id).map(d -> d.name(locale)).orElse(id);
    }

    /** A catalog source, when the id names one. */
    public Optional<Dataset> source(String id) {
        return data.catalog().find(id);
    }

    /** A catalog source as "title, publisher, year", or the text itself when it is not a catalog id. */
    public String sourceTitle(String id) {
        return source(id).map(d -> d.title() + ", " + d.publisher() + ", " + d.year()).orElse(id);
    }

    /**
     * A readable label for a node of an engine explanation tree: a country code, category, stage,
     * indicator, process or risk factor id becomes its name; a message {@code explain.label.<id>}
     * is used when defined; anything else is returned as is.
     */
    public String label(String label, Locale locale) {
        String message = messages.getMessage("explain.label." + label.replace(' ', '.'), null, null, locale);
        if (message != null) {
            return message;
        }
        String[] words = label.split(" ");
        for (int k = words.length - 1; k >= 1; k--) {
            String head = messages.getMessage("explain.label." + String.join(".", java.util.Arrays.copyOf(words, k)),
                    null, null, locale);
            if (head != null) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                return head + " " + label(rest, locale);
            }
        }
        if (label.matches("[A-Z]{3}")) {
            return country(label, locale);
        }
        if (data.indicators().definition(label).isPresent()) {
            return indicator(label, locale);
        }
        if (data.valueChain().process(label).isPresent()) {
            return process(label, locale);
        }
        if (data.valueChain().riskFactor(label).isPresent()) {
            return factor(label, locale);
        }
        if (data.minerals().find(label).isPresent()) {
            return mineral(label, locale);
        }
        return label;
    }
}
