package fr.vigie.app.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.vigie.engine.kernel.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers of the roadmap progress per OECD step and per filiere. */
class RoadmapProgressTests {

    private static RoadmapAction action(long id, String material, Optional<Integer> step, String status) {
        return new RoadmapAction(id, 1, "k" + id, Optional.of(1L), RoadmapAction.GENERATED, "short", (int) id, material,
                "solution", "s", Text.of("t"), Text.of("j"), Optional.empty(), step, Optional.empty(), Optional.empty(),
                status, Optional.empty(), Optional.empty(), Instant.EPOCH, "u");
    }

    @Test
    void countsPerStepAndFiliereWithTheShareDone() {
        // five actions: company-level step 1 done; cobalt step 2 done and step 2 in progress; cobalt
        // without a step to do; tin step 3 to do. Step 2: 1 of 2 done (50 %); cobalt: 1 of 3 done.
        List<RoadmapAction> actions = List.of(
                action(1, "all", Optional.of(1), "done"),
                action(2, "cobalt", Optional.of(2), "done"),
                action(3, "cobalt", Optional.of(2), "in_progress"),
                action(4, "cobalt", Optional.empty(), "todo"),
                action(5, "tin", Optional.of(3), "todo"));
        RoadmapProgress.Progress p = RoadmapProgress.of(actions);
        assertThat(p.total()).isEqualTo(new RoadmapProgress.Row("", 2, 1, 2));
        assertThat(p.total().share()).isEqualTo(0.4);
        assertThat(p.byStep()).containsExactly(
                new RoadmapProgress.Row("1", 0, 0, 1),
                new RoadmapProgress.Row("2", 0, 1, 1),
                new RoadmapProgress.Row("3", 1, 0, 0),
                new RoadmapProgress.Row("", 1, 0, 0));
        assertThat(p.byStep().get(1).share()).isEqualTo(0.5);
        assertThat(p.byFiliere()).containsExactly(
                new RoadmapProgress.Row("all", 0, 0, 1),
                new RoadmapProgress.Row("cobalt", 1, 1, 1),
                new RoadmapProgress.Row("tin", 1, 0, 0));
    }
}
