package fr.vigie.app.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import fr.vigie.app.shell.Problems;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.ProfileRead;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks a company profile with the engine's {@code CompanyProfileReader} (the same checks as the
 * command line) and attributes each problem to the form field it concerns. The reader stops at the
 * first problem, so each field is also read on its own (with the name) to find every field's problem
 * in one submission; problems between fields (countries adding up to more than worldwide) come from
 * reading the whole profile.
 */
@Component
public class ProfileValidator {

    /** The key used for problems that concern no single field. */
    public static final String GLOBAL = "*";

    private static final String SOURCE = "profile";

    private final WorkspaceEngine engine;
    private final MessageSource messages;

    ProfileValidator(WorkspaceEngine engine, MessageSource messages) {
        this.engine = engine;
        this.messages = messages;
    }

    /** Outcome of a check. */
    public sealed interface Outcome {
        /** The profile is valid; {@code yaml} is the text to store. */
        record Valid(String yaml, CompanyProfile profile, java.util.List<String> warnings) implements Outcome {
        }

        /**
         * Problems by field key ({@link #GLOBAL} for the others), each rendered without its place in
         * the request's language (the field is the problem's path), and the problems themselves
         * (code, place, arguments) for the API's problem document.
         */
        record Invalid(Map<String, String> errors, List<Problem> problems) implements Outcome {
            public Invalid {
                errors = Map.copyOf(errors);
                problems = List.copyOf(problems);
            }
        }
    }

    /** Checks form values. A missing name is reported as {@code profile.name.required}. */
    public Outcome checkForm(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String name = values.getOrDefault("name", "");
        if (name == null || name.isBlank()) {
            errors.put("name", "");
            problems.add(Problem.error("yaml.missing_key", "name", "profile").atPath("name"));
        }
        String namePart = ProfileYaml.entry(ProfileField.ALL.getFirst(), name == null || name.isBlank() ? "x" : name.strip());
        for (ProfileField field : ProfileField.ALL.subList(1, ProfileField.ALL.size())) {
            String text = values.get(field.key());
            if (text != null && !text.isBlank()) {
                problemOf(namePart + ProfileYaml.entry(field, text.strip())).ifPresent(p -> {
                    errors.put(field.key(), inUserWords(field, p));
                    problems.add(p);
                });
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome.Invalid(errors, problems);
        }
        return checkYaml(ProfileYaml.write(values));
    }

    /** Checks a whole profile file (an upload, or the text built from the form). */
    public Outcome checkYaml(String yaml) {
        try {
            ProfileRead read = engine.profileReader().read(SOURCE, yaml);
            return new Outcome.Valid(yaml, read.profile(), read.warnings().stream().map(Problems::textOf).toList());
        } catch (ProblemException e) {
            Problem problem = e.first();
            String key = problem.path() == null ? GLOBAL : fieldOf(problem.path());
            return new Outcome.Invalid(Map.of(key, Problems.textOf(problem)), e.problems());
        }
    }

    private Optional<Problem> problemOf(String yaml) {
        try {
            engine.profileReader().read(SOURCE, yaml);
            return Optional.empty();
        } catch (ProblemException e) {
            return Optional.of(e.first());
        }
    }

    /**
     * A field's problem as the person filling the form sees it: the file-format problems of the text
     * the form wrote for the field (such as "key 'employees.lots' is empty", whose keys the person
     * never typed) become the way to write the field ({@code profile.invalid.<kind>}); the other
     * problems (a negative amount, an unknown country or mineral) already speak of what was typed.
     */
    private String inUserWords(ProfileField field, Problem problem) {
        if (problem.code().startsWith("yaml.")) {
            return messages.getMessage("profile.invalid." + field.kind().name(), null, LocaleContextHolder.getLocale());
        }
        return Problems.textOf(problem);
    }

    private static String fieldOf(String named) {
        for (ProfileField field : ProfileField.ALL) {
            if (named.equals(field.key()) || named.startsWith(field.key() + ".")) {
                return field.key();
            }
        }
        return switch (named) {
            case "cn_code", "material", "form", "kg_per_year" -> "eu_imports";
            default -> GLOBAL;
        };
    }
}
