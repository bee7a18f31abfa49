package fr.vigie.app.shell;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.engine.kernel.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way pages write dates ({@code @dates} in templates): the day with the month's name in the
 * page's language, {@value #DAY} ("5 December 2026", "5 décembre 2026"), followed by the time where
 * it matters ({@value #TIME}, or {@value #EXACT} in audit trails). Instants are shown in the
 * server's time zone. The day's pattern is the engine's ({@link Messages#dayPattern}), so the first of
 * a month reads "1er janvier 2026" in French on the pages as in the reports.
 */
@Component("dates")
public class Dates {

    /** The day. */
    public static final String DAY = "d MMMM yyyy";
    /** The day and time to the minute. */
    public static final String TIME = "d MMMM yyyy, HH:mm";
    /** The day and time to the second. */
    public static final String EXACT = "d MMMM yyyy, HH:mm:ss";

    private final ZoneId zone = ZoneId.systemDefault();

    /** The day of a date or instant; empty for none. */
    public String day(@Nullable TemporalAccessor when, Locale locale) {
        return format(when, "", locale);
    }

    /** The day and time to the minute; empty for none. */
    public String time(@Nullable TemporalAccessor when, Locale locale) {
        return format(when, ", HH:mm", locale);
    }

    /** The day and time to the second; empty for none. */
    public String exact(@Nullable TemporalAccessor when, Locale locale) {
        return format(when, ", HH:mm:ss", locale);
    }

    private String format(@Nullable TemporalAccessor when, String time, Locale locale) {
        if (when == null) {
            return "";
        }
        TemporalAccessor zoned = when instanceof Instant instant ? instant.atZone(zone) : when;
        LocalDate date = zoned.query(TemporalQueries.localDate());
        String day = date == null ? DAY : Messages.of(locale).dayPattern(date);
        return formatter(day + time, locale).format(zoned);
    }

    /** A formatter of the pattern in the language, made once (a few patterns, two languages). */
    private DateTimeFormatter formatter(String pattern, Locale locale) {
        return formatters.get(new FormatKey(pattern, locale), k -> DateTimeFormatter.ofPattern(k.pattern(), k.locale()));
    }

    private record FormatKey(String pattern, Locale locale) {
    }

    /** At most this many formatters are kept (patterns times languages; a bound against odd locales). */
    static final int KEPT_FORMATTERS = 64;

    private final Cache<FormatKey, DateTimeFormatter> formatters = Caffeine.newBuilder().maximumSize(KEPT_FORMATTERS).build();
}
