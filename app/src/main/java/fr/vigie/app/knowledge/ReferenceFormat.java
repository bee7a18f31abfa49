package fr.vigie.app.knowledge;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import fr.vigie.app.shell.Dates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates in the request's language ({@code @fmt} in templates): decimal comma and
 * {@code 12,5 %} in French, decimal point and {@code 12.5%} in English. Absent values
 * (null, empty optionals) are shown as {@value #NONE}, never as zero.
 */
@Component("fmt")
public class ReferenceFormat {

    /** What an absent value is shown as. */
    public static final String NONE = "–";

    /** A number with exactly {@code digits} decimals. */
    public String decimal(@Nullable Object value, int digits) {
        return number(value).map(d -> {
            NumberFormat f = NumberFormat.getNumberInstance(locale());
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(digits);
            return f.format(d);
        }).orElse(NONE);
    }

    /** A fraction (0.125) as a percentage with {@code digits} decimals (12.5%). */
    public String percent(@Nullable Object value, int digits) {
        return number(value).map(d -> {
            NumberFormat f = NumberFormat.getPercentInstance(locale());
            f.setMinimumFractionDigits(digits);
            f.setMaximumFractionDigits(digits);
            return f.format(d);
        }).orElse(NONE);
    }

    /**
     * A fact of an explanation tree: numbers with at most four decimals (years and other integers
     * without grouping), booleans as given, text unchanged.
     */
    public String fact(@Nullable Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return number(value).map(d -> {
            NumberFormat f = NumberFormat.getNumberInstance(locale());
            f.setMaximumFractionDigits(4);
            return f.format(d);
        }).orElse(value == null ? NONE : value.toString());
    }

    /** A date as every page writes it ({@link Dates#DAY}: 30 November 2026, 30 novembre 2026). */
    public String date(@Nullable LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ofPattern(Dates.DAY, locale()).format(date);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static Optional<Double> number(@Nullable Object value) {
        return switch (value) {
            case null -> Optional.empty();
            case Number n -> Optional.of(n.doubleValue());
            case OptionalDouble o -> o.isPresent() ? Optional.of(o.getAsDouble()) : Optional.empty();
            case OptionalInt o -> o.isPresent() ? Optional.of((double) o.getAsInt()) : Optional.empty();
            case Optional<?> o -> o.flatMap(ReferenceFormat::number);
            default -> Optional.empty();
        };
    }
}
