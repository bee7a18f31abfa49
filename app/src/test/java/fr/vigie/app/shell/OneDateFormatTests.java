package fr.vigie.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.vigie.engine.kernel.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One date format per language: the pages write dates through {@code @dates} ({@link Dates}) and the
 * engine through {@link Messages}, both with {@link Dates#DAY}. A template that formats a date with a
 * pattern of its own ({@code #temporals.format(x, 'd MMM')}, {@code #dates.format}, {@code
 * #calendars.format}) or Java code that builds its own date formatter (a pattern in quotes, a
 * localized style) fails here, named with its file and line.
 */
class OneDateFormatTests {

    /** Ways of formatting a date other than the shared helpers. */
    private static final Pattern TEMPLATE_FORMAT = Pattern.compile("#(temporals|dates|calendars)\\.format");
    private static final Pattern JAVA_FORMAT = Pattern.compile(
            "DateTimeFormatter\\.ofPattern\\(\\s*\"|ofLocalized(Date|DateTime|Time)\\(|new SimpleDateFormat\\(");
    /** The two places that own the format. */
    private static final List<String> OWNERS = List.of("app/src/main/java/fr/vigie/app/shell/Dates.java",
            "engine/src/main/java/fr/vigie/engine/kernel/Messages.java");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theEngineAndThePagesWriteADayAlike() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            assertThat(Messages.of(locale).render(day)).isEqualTo(new Dates().day(day, locale));
        }
        assertThat(Messages.of(Locale.FRENCH).render(day)).isEqualTo("30 novembre 2026");
        assertThat(Messages.DAY).isEqualTo(Dates.DAY);
    }

    @Test
    void noTemplateFormatsADateWithAPatternOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (String dir : List.of("app/src/main/resources/templates", "engine/src/main/resources")) {
            scan(ROOT.resolve(dir), ".html", TEMPLATE_FORMAT, found);
        }
        assertThat(found).as("dates formatted outside @dates: use ${@dates.day(x, #locale)}, time or exact").isEmpty();
    }

    @Test
    void noJavaCodeBuildsADateFormatOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (String dir : List.of("app/src/main/java", "engine/src/main/java")) {
            scan(ROOT.resolve(dir), ".java", JAVA_FORMAT, found);
        }
        assertThat(found).as("date formats outside Dates and Messages: use Dates.DAY / Messages.render").isEmpty();
    }

    @Test
    void theCheckFindsAnAdHocPattern() {
        assertThat(TEMPLATE_FORMAT.matcher("${#temporals.format(c.at(), 'd MMM yyyy')}").find()).isTrue();
        assertThat(JAVA_FORMAT.matcher("DateTimeFormatter.ofPattern(\"dd/MM/yyyy\")").find()).isTrue();
        assertThat(JAVA_FORMAT.matcher("DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)").find()).isTrue();
        assertThat(JAVA_FORMAT.matcher("DateTimeFormatter.ofPattern(Dates.DAY, locale)").find()).isFalse();
    }

    private static void scan(Path dir, String suffix, Pattern pattern, List<String> found) throws IOException {
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                String name = ROOT.relativize(file).toString().replace('\\', '/');
                if (OWNERS.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = pattern.matcher(lines.get(i));
                    if (m.find() && !lines.get(i).strip().startsWith("*")) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
    }
}
