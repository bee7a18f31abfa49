package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.mineral.MineralId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The facts about a company that the applicability rules read. Every fact is optional: a missing
 * fact makes a rule that needs it answer "cannot tell" rather than guess. The file format is
 * documented in {@code docs/company-profile.md}.
 *
 * @param headquarters ISO alpha-2 code of the registered office
 * @param employees headcount this year (last closed financial year)
 * @param employeesPreviousYear headcount the year before (French law: two consecutive years)
 * @param turnoverEur net worldwide turnover, EUR
 * @param euTurnoverEur net turnover generated in the EU, EUR (non-EU companies, CSDDD and CSRD)
 * @param balanceSheetEur balance sheet total, EUR (size class of Directive 2013/34)
 * @param turnoverGbp total turnover with subsidiaries, GBP (UK Modern Slavery Act)
 * @param ukBusiness carries on a business, or part of one, in the UK
 * @param importsIntoUs imports goods into the United States (importer of record)
 * @param euImports imports into the EU; empty Optional when not given, empty list when none
 * @param materialsUsed minerals and materials used; empty Optional when not given
 * @param practicesInPlace ids of solutions or obligations already in place (gap analysis)
 * @param positions where the company stands in each filiere's chain (the advice follows from it)
 * @param listedOnEuRegulatedMarket securities admitted to trading on an EU regulated market (CSRD)
 * @param publicInterestEntity a public-interest entity in the sense of Directive 2013/34 (CSRD)
 * @param euSubsidiaries EU subsidiaries of a non-EU group (CSRD Article 40a); empty Optional when
 *     not given, empty list when none
 * @param euBranches EU branches of a non-EU group (CSRD Article 40a), the same way
 * @param chImports imports into Switzerland (Swiss DDTrO volume thresholds), like {@code euImports}
 * @param turnoverChf net turnover, CHF (Swiss DDTrO size test)
 * @param balanceSheetChf balance sheet total, CHF (Swiss DDTrO size test)
 * @param turnoverNok sales revenue, NOK (Norwegian Transparency Act size test)
 * @param balanceSheetNok balance sheet total, NOK (Norwegian Transparency Act size test)
 * @param offersGoodsOrServicesInNorway offers goods or services in Norway (Transparency Act)
 * @param taxableInNorway liable to tax in Norway (Transparency Act, foreign enterprises)
 */
public record CompanyProfile(
    String name,
    Optional<String> headquarters,
    Headcount employees,
    Headcount employeesPreviousYear,
    Optional<BigDecimal> turnoverEur,
    Optional<BigDecimal> euTurnoverEur,
    Optional<BigDecimal> balanceSheetEur,
    Optional<BigDecimal> turnoverGbp,
    Optional<Boolean> ukBusiness,
    Optional<Boolean> importsIntoUs,
    Optional<Boolean> secIssuer,
    Optional<Boolean> placesBatteriesOnEuMarket,
    Optional<Boolean> placesProductsOnEuMarket,
    Optional<Boolean> manufacturesStrategicTechnologies,
    Optional<List<EuImport>> euImports,
    List<String> sectors,
    Optional<Set<MineralId>> materialsUsed,
    List<String> practicesInPlace,
    ChainPositions positions,

    Optional<Boolean> listedOnEuRegulatedMarket,
    Optional<Boolean> publicInterestEntity,
    Optional<List<EuEntity>> euSubsidiaries,
    Optional<List<EuEntity>> euBranches,
    Optional<List<EuImport>> chImports,
    Optional<BigDecimal> turnoverChf,
    Optional<BigDecimal> balanceSheetChf,
    Optional<BigDecimal> turnoverNok,
    Optional<BigDecimal> balanceSheetNok,
    Optional<Boolean> offersGoodsOrServicesInNorway,
    Optional<Boolean> taxableInNorway) {

  public CompanyProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(headquarters, "headquarters");
    Objects.requireNonNull(employees, "employees");
    Objects.requireNonNull(employeesPreviousYear, "employeesPreviousYear");
    Objects.requireNonNull(turnoverEur, "turnoverEur");
    Objects.requireNonNull(euTurnoverEur, "euTurnoverEur");
    Objects.requireNonNull(balanceSheetEur, "balanceSheetEur");
    Objects.requireNonNull(turnoverGbp, "turnoverGbp");
    Objects.requireNonNull(ukBusiness, "ukBusiness");
    Objects.requireNonNull(importsIntoUs, "importsIntoUs");
    Objects.requireNonNull(secIssuer, "secIssuer");
    Objects.requireNonNull(placesBatteriesOnEuMarket, "placesBatteriesOnEuMarket");
    Objects.requireNonNull(placesProductsOnEuMarket, "placesProductsOnEuMarket");
    Objects.requireNonNull(manufacturesStrategicTechnologies, "manufacturesStrategicTechnologies");
    euImports = euImports.map(List::copyOf);
    sectors = List.copyOf(sectors);
    materialsUsed = materialsUsed.map(Set::copyOf);
    practicesInPlace = List.copyOf(practicesInPlace);
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(listedOnEuRegulatedMarket, "listedOnEuRegulatedMarket");
    Objects.requireNonNull(publicInterestEntity, "publicInterestEntity");
    euSubsidiaries = euSubsidiaries.map(List::copyOf);
    euBranches = euBranches.map(List::copyOf);
    chImports = chImports.map(List::copyOf);
    Objects.requireNonNull(turnoverChf, "turnoverChf");
    Objects.requireNonNull(balanceSheetChf, "balanceSheetChf");
    Objects.requireNonNull(turnoverNok, "turnoverNok");
    Objects.requireNonNull(balanceSheetNok, "balanceSheetNok");
    Objects.requireNonNull(offersGoodsOrServicesInNorway, "offersGoodsOrServicesInNorway");
    Objects.requireNonNull(taxableInNorway, "taxableInNorway");
  }

  /** A profile with a name and no other fact (every rule that needs a fact cannot tell). */
  public static CompanyProfile named(String name) {
    return new CompanyProfile(
        name, Optional.empty(), Headcount.unknown(), Headcount.unknown(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), Optional.empty(), List.of(), ChainPositions.downstream(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same profile with other positions in the chain. */
  public CompanyProfile withPositions(ChainPositions value) {
    return new CompanyProfile(name, headquarters, employees, employeesPreviousYear, turnoverEur, euTurnoverEur,
        balanceSheetEur, turnoverGbp, ukBusiness, importsIntoUs, secIssuer, placesBatteriesOnEuMarket,
        placesProductsOnEuMarket, manufacturesStrategicTechnologies, euImports, sectors, materialsUsed,
        practicesInPlace, value, listedOnEuRegulatedMarket, publicInterestEntity, euSubsidiaries,
        euBranches, chImports, turnoverChf, balanceSheetChf, turnoverNok, balanceSheetNok,
        offersGoodsOrServicesInNorway, taxableInNorway);
  }
}
