package fr.vigie.app.knowledge;

import java.util.Optional;

import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.solution.Solutions;
import org.springframework.stereotype.Component;

/**
 * The engine's reference knowledge, loaded and validated once when the application starts (a bad
 * file stops the start with the engine's message naming file and line): the curated reference data
 * (countries, minerals, value chains, production, indicators, data catalog), the regulations
 * catalogue (built-in texts, overridden by {@code vigie.regulations} / {@code VIGIE_REGULATIONS}
 * when set) and the solutions catalogue. All three are immutable and safe to share between threads.
 */
@Component
public class ReferenceKnowledge {

    private final ReferenceData data;
    private final RegulationCatalog regulations;
    private final Solutions solutions;

    ReferenceKnowledge() {
        this(ReferenceData.loadDefault(),
                RegulationCatalog.load(RegulationCatalog.configuredOverride(Optional.empty())),
                Solutions.loadDefault());
    }

    ReferenceKnowledge(ReferenceData data, RegulationCatalog regulations, Solutions solutions) {
        this.data = data;
        this.regulations = regulations;
        this.solutions = solutions;
    }

    /** Countries, minerals, value chains, production by stage, indicators and the data catalog. */
    public ReferenceData data() {
        return data;
    }

    /** The regulations catalogue. */
    public RegulationCatalog regulations() {
        return regulations;
    }

    /** The solutions catalogue. */
    public Solutions solutions() {
        return solutions;
    }
}
