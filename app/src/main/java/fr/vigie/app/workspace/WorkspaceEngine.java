package fr.vigie.app.workspace;

import java.time.LocalDate;
import java.util.List;

import fr.vigie.app.knowledge.ReferenceKnowledge;
import fr.vigie.engine.ledger.LedgerImporter;
import fr.vigie.engine.ledger.LedgerReferences;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.regulation.ApplicabilityEngine;
import fr.vigie.engine.regulation.RegulationAssessment;
import fr.vigie.engine.regulation.RegulationCatalog;
import fr.vigie.engine.regulation.profile.CompanyProfile;
import fr.vigie.engine.regulation.profile.CompanyProfileReader;
import fr.vigie.engine.regulation.profile.CountryDirectory;
import fr.vigie.engine.solution.Solutions;
import org.springframework.stereotype.Component;

/**
 * The engine objects the workspace features use, over the reference knowledge the whole application
 * shares (reference data, regulation catalogue with its administrator override, solutions): the
 * profile reader and the ledger importer (the same ones as the command line).
 */
@Component
public class WorkspaceEngine {

    private final ReferenceData referenceData;
    private final CountryDirectory countries;
    private final CompanyProfileReader profileReader;
    private final RegulationCatalog regulations;
    private final LedgerImporter ledgerImporter;
    private final Solutions solutions;

    WorkspaceEngine(ReferenceKnowledge knowledge) {
        this.referenceData = knowledge.data();
        this.countries = CountryDirectory.of(referenceData.countries());
        this.profileReader = new CompanyProfileReader(countries, referenceData.minerals());
        this.regulations = knowledge.regulations();
        this.ledgerImporter = new LedgerImporter(LedgerReferences.of(referenceData.minerals(), referenceData.countries()))
                .withThreads(1);
        this.solutions = knowledge.solutions();
    }

    /** Countries, minerals, value chains, production and indicators. */
    public ReferenceData referenceData() {
        return referenceData;
    }

    /** Reads and checks company profiles, resolving countries and minerals. */
    public CompanyProfileReader profileReader() {
        return profileReader;
    }

    /** The built-in regulation texts. */
    public RegulationCatalog regulations() {
        return regulations;
    }

    /** The purchase ledger importer (one thread per file: uploads are small and the server is shared). */
    public LedgerImporter ledgerImporter() {
        return ledgerImporter;
    }

    /** The solutions catalogue. */
    public Solutions solutions() {
        return solutions;
    }

    /** Which texts apply to a company on a date, with reasons and obligations. */
    public List<RegulationAssessment> applicableTexts(CompanyProfile profile, LocalDate date) {
        return new ApplicabilityEngine(regulations, countries).assess(profile, date);
    }
}
