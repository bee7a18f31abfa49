package fr.vigie.engine.filing;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a filing is built from. Every figure of a filing comes from here; an absent part is named in
 * the filing's "what is missing" section, never filled in.
 *
 * @param assessment the stored assessment (filieres, risks, countries, roadmap, regulations)
 * @param profile the company profile the assessment was made with
 * @param reportDate the date the filing is drawn up
 * @param steps the OECD five steps register, when the company keeps one
 * @param campaigns the supplier declaration campaigns, when run
 * @param grievances the grievance mechanism's statistics, when it runs
 * @param declarations the supplier declarations read (smelters and their countries), when given
 */
public record FilingInput(
    Assessment assessment,
    CompanyProfile profile,
    LocalDate reportDate,
    Optional<StepsSummary> steps,
    Optional<CampaignSummary> campaigns,
    Optional<GrievanceSummary> grievances,
    Optional<DeclarationSummary> declarations) {
  public FilingInput {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(reportDate, "reportDate");
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(campaigns, "campaigns");
    Objects.requireNonNull(grievances, "grievances");
    Objects.requireNonNull(declarations, "declarations");
  }

  /** An input with the assessment and profile only: steps, campaigns, grievances and declarations absent. */
  public static FilingInput of(Assessment assessment, CompanyProfile profile, LocalDate reportDate) {
    return new FilingInput(assessment, profile, reportDate, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  public FilingInput withSteps(StepsSummary value) {
    return new FilingInput(assessment, profile, reportDate, Optional.of(value), campaigns, grievances, declarations);
  }

  public FilingInput withCampaigns(CampaignSummary value) {
    return new FilingInput(assessment, profile, reportDate, steps, Optional.of(value), grievances, declarations);
  }

  public FilingInput withGrievances(GrievanceSummary value) {
    return new FilingInput(assessment, profile, reportDate, steps, campaigns, Optional.of(value), declarations);
  }

  public FilingInput withDeclarations(DeclarationSummary value) {
    return new FilingInput(assessment, profile, reportDate, steps, campaigns, grievances, Optional.of(value));
  }
}
