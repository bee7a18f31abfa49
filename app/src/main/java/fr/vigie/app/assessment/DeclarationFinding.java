package fr.vigie.app.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;

/**
 * One of the engine's findings about a declaration file, as stored (jsonb) and shown: its message is
 * a key of the engine's {@code declaration} bundle with its arguments, rendered in the reader's
 * language. Arguments are kept as JSON values: strings and numbers as they are, a reference term as
 * {@code {"term": kind, "id": id}}, a nested text as {@code {"key": key, "args": [...]}}, a date as
 * {@code {"date": "yyyy-mm-dd"}}.
 *
 * <p>Findings stored before messages became keys (migration V75) carry their sentences in
 * {@code texts}, by language code; they render from there, in the reader's language when stored,
 * else in English.
 *
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param rule     the engine's rule id
 * @param sheet    sheet name, empty for file-level findings
 * @param cell     A1 reference, empty when not tied to a cell
 * @param key      the message key
 * @param args     the message's arguments, as JSON values
 * @param texts    the message as stored by older releases, by language code; empty for new findings
 */
public record DeclarationFinding(String severity, String rule, String sheet, String cell, String key,
        List<Object> args, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> texts)
        implements java.io.Serializable {

    /** Checks that no component is null; absent arguments and texts are empty. */
    public DeclarationFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }

    static DeclarationFinding of(Finding f) {
        return new DeclarationFinding(f.severity().id(), f.ruleId(), f.sheet(), f.cell(), f.text().key(),
                encode(f.text().args()), Map.of());
    }

    /** The message as an engine text. */
    public Text text() {
        return new Text(key, decode(args));
    }

    /** The message in the language of {@code messages} (see {@code @names.engine(#locale)} in templates). */
    public String message(Messages messages) {
        if (!texts.isEmpty() && texts.containsKey("en")) {
            return new Names(texts).in(messages.locale());
        }
        return messages.render(text());
    }

    private static List<Object> encode(List<Object> args) {
        List<Object> out = new ArrayList<>();
        for (Object a : args) {
            out.add(switch (a) {
                case Term t -> Map.of("term", t.kind(), "id", t.id());
                case Text t -> Map.of("key", t.key(), "args", encode(t.args()));
                case LocalDate d -> Map.of("date", d.toString());
                case Number n -> n;
                default -> a.toString();
            });
        }
        return out;
    }

    private static List<Object> decode(List<Object> args) {
        List<Object> out = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof Map<?, ?> m) {
                Map<String, Object> v = new LinkedHashMap<>();
                m.forEach((k, x) -> v.put(String.valueOf(k), x));
                if (v.containsKey("term")) {
                    out.add(Term.of(String.valueOf(v.get("term")), String.valueOf(v.get("id"))));
                } else if (v.containsKey("key")) {
                    @SuppressWarnings("unchecked")
                    List<Object> nested = v.get("args") instanceof List<?> l ? (List<Object>) l : List.of();
                    out.add(new Text(String.valueOf(v.get("key")), decode(nested)));
                } else if (v.containsKey("date")) {
                    out.add(LocalDate.parse(String.valueOf(v.get("date"))));
                } else {
                    out.add(String.valueOf(v));
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
