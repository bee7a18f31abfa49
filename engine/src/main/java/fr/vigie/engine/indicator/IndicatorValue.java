package fr.vigie.engine.indicator;

/**
 * A country's value of an indicator, with the year it describes (the latest year available for
 * that country, or the year a series look-up found).
 */
public record IndicatorValue(double value, int year) {}
