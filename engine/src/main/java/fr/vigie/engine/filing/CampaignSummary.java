package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.util.Objects;
import java.util.Optional;

/**
 * What the company's supplier declaration campaigns (CMRT, EMRT, AMRT requests) gave over the period
 * reported, as the application's campaigns give it.
 *
 * @param campaigns campaigns run
 * @param suppliersAsked suppliers asked for a declaration
 * @param suppliersAnswered suppliers who answered
 * @param declarationsReceived declarations received (a supplier may send several)
 * @param smeltersIdentified distinct smelters and refiners the declarations name
 * @param smeltersConformant of them, those found conformant by an audit programme; empty when not
 *     checked (no RMI smelter reference list loaded): a filing then says so, never 0
 */
public record CampaignSummary(
    int campaigns, int suppliersAsked, int suppliersAnswered, int declarationsReceived, int smeltersIdentified,
    Optional<Integer> smeltersConformant) {
  public CampaignSummary {
    Objects.requireNonNull(smeltersConformant, "smeltersConformant");
    if (campaigns < 0 || suppliersAsked < 0 || suppliersAnswered < 0 || declarationsReceived < 0
        || smeltersIdentified < 0 || smeltersConformant.orElse(0) < 0) {
      throw new ProblemException(Problem.error("filing.bad_summary", "campaigns", "< 0"));
    }
    if (suppliersAnswered > suppliersAsked) {
      throw new ProblemException(Problem.error("filing.bad_summary", "campaigns.suppliers_answered", suppliersAnswered));
    }
    if (smeltersConformant.orElse(0) > smeltersIdentified) {
      throw new ProblemException(Problem.error("filing.bad_summary", "campaigns.smelters_conformant",
          smeltersConformant.get()));
    }
  }

  /** Share of the suppliers asked who answered, 0 when none was asked. */
  public double responseRate() {
    return suppliersAsked == 0 ? 0 : (double) suppliersAnswered / suppliersAsked;
  }
}
