package fr.vigie.app.duediligence;

import java.util.Optional;

import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.oecd.MaturityPolicy;
import fr.vigie.engine.oecd.StepEntry;
import fr.vigie.engine.oecd.SubStep;

/** What the steps pages show, row by row (public, for the templates). */
public final class StepsPage {

    private StepsPage() {
    }

    /** A scope's line of the maturity table. */
    public record ScopeRow(String scope, MaturityPolicy.Maturity maturity) {
        public boolean company() {
            return StepEntry.COMPANY.equals(scope);
        }
    }

    /** A sub-step of the shown scope: the catalogue's entry, what was recorded, its level in the scope. */
    public record SubStepRow(SubStep subStep, StepRecords.SubStepRecord record, MaturityPolicy.Level level) {
    }

    /** An audit entry with its sub-step's name, and its statuses as terms. */
    public record HistoryRow(StepRecords.AuditEntry entry, Text subStep, Optional<Term> before, Optional<Term> after) {
        public static HistoryRow of(StepRecords.AuditEntry e) {
            boolean status = "status".equals(e.field());
            return new HistoryRow(e, Text.of("oecd.substep." + e.code()),
                    status && !e.oldValue().isEmpty() ? Optional.of(Term.of("oecd_status", e.oldValue())) : Optional.empty(),
                    status && !e.newValue().isEmpty() ? Optional.of(Term.of("oecd_status", e.newValue())) : Optional.empty());
        }
    }
}
