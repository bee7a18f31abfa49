package fr.vigie.app.methodology;

import java.util.List;

import fr.vigie.engine.risk.CategoryMethod;
import fr.vigie.engine.risk.IndicatorSpec;
import fr.vigie.engine.risk.LevelBands;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;

/**
 * What the Methodology page shows of a methodology: per category its indicators with weight, share
 * of the category's weight, orientation and scale; the level bands.
 *
 * @param categories one per category, in category order
 * @param levels     one per level, from very low to very high
 */
record MethodologyView(List<Category> categories, List<Level> levels) {

    record Category(RiskCategory category, String aggregation, List<Indicator> indicators, double floor) {
    }

    /** @param share the indicator's weight over the category's total weight */
    record Indicator(IndicatorSpec spec, double share) {
    }

    /** @param from lowest score of the level; @param to lowest score of the next level (1 for the last) */
    record Level(RiskLevel level, double from, double to, double score) {
    }

    static MethodologyView of(Methodology m) {
        List<Category> categories = java.util.Arrays.stream(RiskCategory.values()).map(c -> {
            CategoryMethod method = m.category(c);
            double total = method.totalWeight();
            return new Category(c, method.aggregation().id(),
                    method.indicators().stream().map(i -> new Indicator(i, i.weight() / total)).toList(), method.floor());
        }).toList();
        LevelBands b = m.bands();
        double[] bounds = {0.0, b.low(), b.medium(), b.high(), b.veryHigh(), 1.0};
        RiskLevel[] levels = RiskLevel.values();
        List<Level> out = new java.util.ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            out.add(new Level(levels[i], bounds[i], bounds[i + 1], b.score(levels[i])));
        }
        return new MethodologyView(categories, out);
    }
}
