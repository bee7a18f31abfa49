package fr.vigie.app.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one way pages write dates ({@code @dates} in templates): the day with the month's name in the
 * page's language, {@value #DAY} ("5 December 2026", "5 décembre 2026"), followed by the time where
 * it matters ({@value #TIME}, or {@value #EXACT} in audit trails). Instants are shown in the
 * server's time zone.
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
        return format(when, DAY, locale);
    }

    /** The day and time to the minute; empty for none. */
    public String time(@Nullable TemporalAccessor when, Locale locale) {
        return format(when, TIME, locale);
    }

    /** The day and time to the second; empty for none. */
    public String exact(@Nullable TemporalAccessor when, Locale locale) {
        return format(when, EXACT, locale);
    }

    private String format(@Nullable TemporalAccessor when, String pattern, Locale locale) {
        if (when == null) {
            return "";
        }
        TemporalAccessor zoned = when instanceof Instant instant ? instant.atZone(zone) : when;
        return DateTimeFormatter.ofPattern(pattern, locale).format(zoned);
    }
}
