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
import org.jspecify.annotations.Nullable;
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
    private final fr.vigie.engine.regulation.RegulationCatalog regulations;

    ReferenceNames(ReferenceKnowledge knowledge, MessageSource messages) {
        this.data = knowledge.data();
        this.regulations = knowledge.regulations();
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

    /** A country's ISO numeric code on three digits (the key of the map shapes), from any code the registry knows. */
    public Optional<String> numeric(String code) {
        return data.countries().find(code).map(c -> "%03d".formatted(c.numeric()));
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

    /**
     * The id of the mineral a text names by its id, name or alias (e.g. {@code silicon} for {@code
     * silicon_metal}), whose page is {@code /minerals/<id>}; null when the reference data has none.
     */
    public @Nullable String mineralId(String text) {
        return data.minerals().find(text).map(m -> m.id().value()).orElse(null);
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

    /**
     * A regulation's title from its file, or {@code otherwise} (the title an assessment stored) for
     * a text the catalogue no longer has.
     */
    public String regulation(String id, String otherwise, Locale locale) {
        return regulations.find(id).map(t -> t.name(locale)).orElse(otherwise);
    }

    /** Why a process exposes to a risk factor, from the data's translations, else {@code otherwise}. */
    public String processRisk(String process, String factor, String otherwise, Locale locale) {
        // a mineral's own cell has its own text: the cell is found by factor and English reason
        var cells = data.valueChain().allCells(process).stream().filter(r -> r.riskFactor().equals(factor)).toList();
        return cells.stream().filter(r -> r.justification().equals(otherwise)).findFirst().or(() -> cells.stream().findFirst())
                .map(r -> r.justification(locale)).orElse(otherwise);
    }

    /**
     * The {@code why} of a process risk in an explanation tree (the engine's explanations carry the
     * English reason), in this language: found by its English text, which is unique in the file;
     * any other text is returned as given.
     */
    public String why(String english, Locale locale) {
        return data.valueChain().processes().stream()
                .flatMap(p -> data.valueChain().allCells(p.id()).stream())
                .filter(r -> r.justification().equals(english)).findFirst()
                .map(r -> r.justification(locale)).orElse(english);
    }

    /** The messages of the formula texts the engine's explanations carry in English. */
    private static final java.util.List<String> FORMULAS = java.util.List.of("explain.formula.gross_supply_risk",
            "explain.formula.hhi", "explain.formula.hhi_wgi_t", "explain.formula.wgi", "explain.formula.wgi_latest");

    /**
     * The WGI year of a supply risk's explanation when the methodology fixes one ({@code RiskEngine.SupplyRisk}):
     * the year and how a country without a value for it is filled; message {@code explain.formula.wgi_year}.
     */
    private static final java.util.regex.Pattern WGI_YEAR = java.util.regex.Pattern.compile(
            "(\\d{4}) \\(nearest earlier year where a country has none, else earliest later year\\)");

    /**
     * A formula text of an explanation tree in this language: the message {@code explain.formula.*}
     * whose English text it is (a fixed WGI year with its year as argument); any other value is
     * returned as text.
     */
    public String formula(Object value, Locale locale) {
        String text = String.valueOf(value);
        for (String key : FORMULAS) {
            if (text.equals(messages.getMessage(key, null, null, Locale.ROOT))) {
                return messages.getMessage(key, null, text, locale);
            }
        }
        java.util.regex.Matcher year = WGI_YEAR.matcher(text);
        if (year.matches()) {
            return messages.getMessage("explain.formula.wgi_year", new Object[] {year.group(1)}, text, locale);
        }
        return text;
    }

    /**
     * A production series of the reference data (its label in {@code production.csv}) named in this
     * language from {@code production-series-names.csv} (term {@value ReferenceData#PRODUCTION_SERIES});
     * a label the file does not name is returned as given.
     */
    public String series(String series, Locale locale) {
        return engine(locale).render(fr.vigie.engine.kernel.Term.of(ReferenceData.PRODUCTION_SERIES, series));
    }

    /**
     * A line of the reference data an assessment used ({@link fr.vigie.engine.assessment.ReferenceDataLine}:
     * a production series or an indicator's data set), with the mineral, stage, series and indicator
     * named in this language; the line of the solutions catalogue ({@code solutions <date>}) as message
     * {@code compare.data.solutions}; any other line as given.
     */
    public String dataLine(String line, Locale locale) {
        if (line.startsWith(SOLUTIONS)) {
            return messages.getMessage("compare.data.solutions", new Object[] {line.substring(SOLUTIONS.length())}, line,
                    locale);
        }
        return fr.vigie.engine.assessment.ReferenceDataLine.text(line).map(text -> render(text, locale)).orElse(line);
    }

    /** How an assessment's data lines name the solutions catalogue's date (the app's assessment runner). */
    private static final String SOLUTIONS = "solutions ";

    /** An indicator's name. */
    public String indicator(String id, Locale locale) {
        return data.indicators().definition(id).map(d -> d.name(locale))
                .orElseGet(() -> fr.vigie.engine.duediligence.DueDiligence.provides(id)
                        ? fr.vigie.engine.kernel.Messages.of(locale).get("term.indicator." + id) : id);
    }

    /** A catalog source, when the id names one. */
    public Optional<Dataset> source(String id) {
        return data.catalog().find(id);
    }

    /** A catalog source as "title, publisher, year", or the text itself when it is not a catalog id. */
    public String sourceTitle(String id) {
        return sourceTitle(id, Locale.ENGLISH);
    }

    /** A catalog source as "title, publisher, year" in this language, or the text itself when it is not a catalog id. */
    public String sourceTitle(String id, Locale locale) {
        return source(id).map(d -> d.title(locale) + ", " + d.publisher(locale) + ", " + d.year()).orElse(id);
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
