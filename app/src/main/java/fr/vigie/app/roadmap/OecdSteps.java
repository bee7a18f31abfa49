package fr.vigie.app.roadmap;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.engine.regulation.Regulation;
import fr.vigie.engine.solution.Solution;
import fr.vigie.engine.solution.SolutionType;
import org.springframework.stereotype.Component;

/**
 * The OECD due diligence step (OECD Due Diligence Guidance for Responsible Supply Chains of Minerals
 * from Conflict-Affected and High-Risk Areas, five-step framework) of a generated roadmap action:
 * <ul>
 *   <li>an obligation: the step the regulation catalogue gives it ({@code oecd_step}), none when it
 *       gives none;</li>
 *   <li>a solution of type {@code oecd_step}: its own step (the catalogue's ids
 *       {@code oecd_step<n>_...});</li>
 *   <li>other solutions, by type: internal mechanisms (policies, management systems, traceability)
 *       step 1, "establish strong company management systems"; standards and certifications step 4,
 *       "carry out independent third-party audits"; initiatives, support organisations, field projects,
 *       expert networks, circular economy, sobriety and relocation step 3, "design and implement a
 *       strategy to respond to identified risks" (the Guidance's risk management measures).</li>
 * </ul>
 * The mapping of solution types is the project's reading of the Guidance, documented in
 * docs/workspaces.md; people may set the step of their own actions.
 */
@Component
public class OecdSteps {

    private final Map<String, Integer> obligations = new HashMap<>();
    private final WorkspaceEngine engine;

    OecdSteps(WorkspaceEngine engine) {
        this.engine = engine;
        for (Regulation text : engine.regulations().texts()) {
            for (Regulation.Obligation o : text.obligations()) {
                o.oecdStep().ifPresent(step -> obligations.putIfAbsent(o.id(), step));
            }
        }
    }

    /** The step of a generated action of a kind ({@code obligation} or {@code solution}) and id. */
    Optional<Integer> of(String kind, String id) {
        if ("obligation".equals(kind)) {
            return Optional.ofNullable(obligations.get(id));
        }
        if ("solution".equals(kind)) {
            return engine.solutions().find(id).flatMap(OecdSteps::ofSolution);
        }
        return Optional.empty();
    }

    static Optional<Integer> ofSolution(Solution solution) {
        if (solution.type() == SolutionType.OECD_STEP) {
            String id = solution.id();
            if (id.startsWith("oecd_step") && id.length() > 9 && Character.isDigit(id.charAt(9))) {
                return Optional.of(id.charAt(9) - '0').filter(s -> s >= 1 && s <= 5);
            }
            return Optional.empty();
        }
        return Optional.of(switch (solution.type()) {
            case INTERNAL_MECHANISM -> 1;
            case STANDARD -> 4;
            default -> 3;
        });
    }
}
