package fr.vigie.app.knowledge;

import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data for the world maps ({@code @maps} in templates; drawn by {@code /assets/js/maps.js} with ECharts
 * over the Natural Earth shapes of {@code /assets/data/world-110m.geo.json}, whose features are named by
 * ISO numeric code on three digits): the values of a map and the country names of the tooltips,
 * as JSON for {@code data-*} attributes.
 */
@Component("maps")
public class WorldMaps {

    /** Where the shapes are served. */
    public static final String SHAPES = "/assets/data/world-110m.geo.json";

    /**
     * One country's value on a map.
     *
     * @param name  ISO numeric code on three digits, e.g. {@code "180"}
     * @param value the value (a share or a score, 0-1)
     */
    public record Value(String name, double value, @Nullable String label) {

        /** A value without a label. */
        public Value(String name, double value) {
            this(name, value, null);
        }
    }

    /**
     * One band of a piecewise map legend.
     *
     * @param min   lowest value
     * @param max   highest value
     * @param label what the band is called, in the user's language
     */
    public record Piece(double min, double max, String label) {
    }

    /** Legend bands as a JSON array. */
    public String pieces(List<Piece> pieces) {
        return json.writeValueAsString(pieces);
    }

    private final JsonMapper json;
    private final ReferenceNames names;
    /** Country names by language code (a few languages; the reference data never changes). */
    private final Cache<String, String> namesByLanguage = Caffeine.newBuilder().maximumSize(16).build();

    WorldMaps(JsonMapper json, ReferenceNames names) {
        this.json = json;
        this.names = names;
    }

    /** The values as a JSON array. */
    public String values(List<Value> values) {
        return json.writeValueAsString(values);
    }

    /** Every country's name in the language, by numeric code, as a JSON object. */
    public String names(Locale locale) {
        return namesByLanguage.get(locale.getLanguage(),
                language -> json.writeValueAsString(names.countriesByNumeric(locale)));
    }
}
