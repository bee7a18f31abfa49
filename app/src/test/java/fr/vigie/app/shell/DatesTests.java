package fr.vigie.app.shell;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One date format per language, the month named in the page's language. */
class DatesTests {

    private final Dates dates = new Dates();

    @Test
    void theDayIsWrittenWithTheMonthsNameInEachLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 5);
        assertThat(dates.day(day, Locale.ENGLISH)).isEqualTo("5 December 2026");
        assertThat(dates.day(day, Locale.FRENCH)).isEqualTo("5 décembre 2026");
        assertThat(dates.day(null, Locale.FRENCH)).isEmpty();
    }

    @Test
    void timesFollowTheDay() {
        LocalDateTime at = LocalDateTime.of(2026, 2, 1, 9, 7, 3);
        assertThat(dates.time(at, Locale.ENGLISH)).isEqualTo("1 February 2026, 09:07");
        // French writes the first of a month as an ordinal, as the engine's reports do
        assertThat(dates.time(at, Locale.FRENCH)).isEqualTo("1er février 2026, 09:07");
        assertThat(dates.exact(at, Locale.FRENCH)).isEqualTo("1er février 2026, 09:07:03");
    }
}
