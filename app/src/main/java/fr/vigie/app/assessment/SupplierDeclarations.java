package fr.vigie.app.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import fr.vigie.app.workspace.ImportGate;
import fr.vigie.app.shell.UserText;
import fr.vigie.app.workspace.WorkspaceEngine;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.engine.assessment.DeclarationSummary;
import fr.vigie.engine.declaration.Company;
import fr.vigie.engine.declaration.Contact;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.declaration.validate.Declarations;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.Scope;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.consolidate.Consolidation;
import fr.vigie.engine.declaration.consolidate.CountryShare;
import fr.vigie.engine.declaration.consolidate.KnownSmelters;
import fr.vigie.engine.declaration.consolidate.SmelterConsolidator;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.validate.CahraList;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.Vigie;
import fr.vigie.engine.declaration.consolidate.SmelterAudit;
import fr.vigie.engine.declaration.consolidate.SmelterCheck;
import fr.vigie.engine.declaration.consolidate.SmelterReference;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.mineral.MineralId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Supplier declarations (CMRT, EMRT, AMRT) of a workspace, read and validated by the engine (the same
 * reader as {@code bin/vigie declarations check}). An upload of several files keeps every file the
 * engine could read (with its findings, errors included) in one transaction; a file it could not read
 * (not Excel, encrypted, zip bomb, too large...) is refused alone with the engine's reason; the
 * {@link ImportGate} admits each file before it is read (uncompressed size, memory budget, queue). The stored
 * smelters are consolidated as {@code bin/vigie assess --declarations} does, and their countries feed
 * the workspace's assessments.
 */
@Service
public class SupplierDeclarations {

    private final DeclarationStore store;
    private final Declarations reader;
    private final TransactionTemplate transactions;
    private final ImportGate gate;
    private final long maxBytes;
    private final SmelterListStore smelterLists;
    private final CountryResolver countries;

    SupplierDeclarations(DeclarationStore store, SmelterListStore smelterLists, WorkspaceEngine engine,
            TransactionTemplate transactions, ImportGate gate,
            @Value("${vigie.declarations.max-file-size:10MB}") DataSize maxFile) {
        this.store = store;
        this.smelterLists = smelterLists;
        this.countries = new CountryResolver(engine.referenceData().countries());
        this.transactions = transactions;
        this.gate = gate;
        this.maxBytes = maxFile.toBytes();
        this.reader = new Declarations(engine.referenceData().countries(), CahraList.loadDefault(),
                ReadLimits.DEFAULT.withMaxFileBytes(maxBytes), Clock.systemUTC());
    }

    /** One uploaded file: its name, declared size and content. */
    public record Upload(String name, long size, InputStream content) {
    }

    /**
     * What became of one file of an upload. Serializable: the page shows it after a redirect, from the
     * HTTP session, which is stored in the database.
     */
    public sealed interface FileOutcome extends java.io.Serializable {
        /** The file's name. */
        String name();

        /** The engine's findings (for a refusal, its reason). */
        List<DeclarationFinding> findings();

        /** Whether the file was stored. */
        default boolean stored() {
            return this instanceof Stored;
        }

        /** Whether the file waits for the choice about its copy already stored. */
        default boolean duplicate() {
            return this instanceof Duplicate;
        }

        /** Read and stored, with its findings. */
        record Stored(String name, String template, String version, String company,
                List<DeclarationFinding> findings) implements FileOutcome {
        }

        /** Not read: nothing stored for this file. */
        record Refused(String name, List<DeclarationFinding> findings) implements FileOutcome {
        }

        /**
         * Read, but the same file (same SHA-256) is already stored in the workspace as {@code existing}:
         * nothing stored until the person chooses ({@link Duplicates}) with the {@code choice} token.
         */
        record Duplicate(String name, String existing, String choice, List<DeclarationFinding> findings)
                implements FileOutcome {
        }
    }

    /** What to do with a file whose copy (same SHA-256) is already stored in the workspace. */
    public enum Duplicates {
        /** Store it nowhere yet and ask: keep both, replace, or cancel ({@link #choose}). */
        ASK,
        /** Store it beside the stored copy. */
        KEEP_BOTH,
        /** Store it and delete the stored copies. */
        REPLACE,
        /** Store nothing. */
        CANCEL
    }

    /** A read file waiting for the person's choice, kept in memory for {@link #PENDING_FOR}. */
    private record Pending(long workspaceId, String username, String sha256, Consumer<WorkspaceGrant> insert) {
    }

    /** How long a file waits for the choice about its duplicate. */
    static final java.time.Duration PENDING_FOR = java.time.Duration.ofMinutes(30);

    private final com.github.benmanes.caffeine.cache.Cache<String, Pending> pending =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(PENDING_FOR).maximumSize(1_000).build();
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    /** The per-file size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads the files, stores those the engine could read (one transaction), and reports on each. */
    public List<FileOutcome> upload(WorkspaceGrant grant, List<Upload> uploads) throws IOException {
        return upload(grant, uploads, Duplicates.KEEP_BOTH);
    }

    /**
     * Reads the files and stores those the engine could read (one transaction), a file already stored
     * in the workspace (same SHA-256) as {@code duplicates} says; reports on each.
     */
    public List<FileOutcome> upload(WorkspaceGrant grant, List<Upload> uploads, Duplicates duplicates)
            throws IOException {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Consumer<WorkspaceGrant>> inserts = new ArrayList<>();
        for (Upload u : uploads) {
            List<ReadFile> read = new ArrayList<>();
            FileOutcome outcome = read(u, read);
            Optional<String> existing = read.isEmpty() ? Optional.empty()
                    : store.fileNameWithSha(grant.id(), read.getFirst().sha256());
            if (existing.isEmpty() || duplicates == Duplicates.KEEP_BOTH) {
                read.forEach(r -> inserts.add(r.insert()));
                outcomes.add(outcome);
                continue;
            }
            String sha = read.getFirst().sha256();
            switch (duplicates) {
                case ASK -> {
                    String token = HexFormat.of().formatHex(token());
                    pending.put(token, new Pending(grant.id(), grant.username(), sha, read.getFirst().insert()));
                    outcomes.add(new FileOutcome.Duplicate(outcome.name(), existing.get(), token, outcome.findings()));
                }
                case REPLACE -> {
                    inserts.add(g -> store.deleteWithSha(g.id(), sha));
                    inserts.add(read.getFirst().insert());
                    outcomes.add(outcome);
                }
                case CANCEL, KEEP_BOTH -> outcomes.add(new FileOutcome.Refused(outcome.name(), List.of()));
            }
        }
        transactions.executeWithoutResult(status -> inserts.forEach(insert -> insert.accept(grant)));
        return outcomes;
    }

    /**
     * The person's choice about a file whose copy was already stored ({@link FileOutcome.Duplicate}):
     * {@link Duplicates#KEEP_BOTH} stores it, {@link Duplicates#REPLACE} stores it and deletes the stored
     * copies (one transaction), {@link Duplicates#CANCEL} drops it. False when the choice is unknown,
     * expired, already made, or belongs to another workspace or person.
     */
    public boolean choose(WorkspaceGrant grant, String choice, Duplicates duplicates) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        Pending waiting = pending.asMap().remove(choice);
        if (waiting == null || waiting.workspaceId() != grant.id() || !waiting.username().equals(grant.username())) {
            return false;
        }
        switch (duplicates) {
            case KEEP_BOTH -> transactions.executeWithoutResult(status -> waiting.insert().accept(grant));
            case REPLACE -> transactions.executeWithoutResult(status -> {
                store.deleteWithSha(grant.id(), waiting.sha256());
                waiting.insert().accept(grant);
            });
            case CANCEL, ASK -> { }
        }
        return true;
    }

    private byte[] token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A file the engine read: its SHA-256 and how to store it. */
    private record ReadFile(String sha256, Consumer<WorkspaceGrant> insert) {
    }

    /**
     * Reads and checks one file as an upload does (import gate, size limits, the engine's reader and
     * rules) without storing it: the supplier portal shows its findings at once.
     */
    public FileOutcome check(Upload upload) throws IOException {
        return read(upload, new ArrayList<>());
    }

    private FileOutcome read(Upload u, List<ReadFile> inserts) throws IOException {
        String name = fileName(u.name());
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.endsWith(".xlsx") ? ".xlsx" : lower.endsWith(".xlsm") ? ".xlsm"
                : lower.endsWith(".xls") ? ".xls" : "";
        if (extension.isEmpty()) {
            return refused(name, "file-type", Text.of("declaration.finding.file-type", name));
        }
        if (u.size() > maxBytes) {
            return tooLarge(name, u.size());
        }
        Path file = Files.createTempFile("vigie-declaration-", extension);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long copied;
            try (InputStream in = new DigestInputStream(u.content(), digest);
                    var out = Files.newOutputStream(file)) {
                copied = in.transferTo(out);
            }
            if (copied > maxBytes) {
                return tooLarge(name, copied);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            ImportGate.Decision decision = gate.admit(file, name);
            if (decision.refusal() instanceof ImportGate.Refusal.Busy) {
                return refused(name, "busy", Text.of("declaration.finding.busy.upload", name));
            }
            if (decision.refusal() != null) {
                return refused(name, "file-too-large", Text.of("declaration.finding.uncompressed.upload", name));
            }
            DeclarationResult result;
            try (ImportGate.Admission admitted = decision.admission()) {
                result = reader.read(file);
            }
            return switch (result) {
                case DeclarationResult.Rejected rejected ->
                        new FileOutcome.Refused(name, List.of(DeclarationFinding.of(rejected.reason())));
                case DeclarationResult.Read read -> {
                    Declaration d = read.declaration();
                    List<DeclarationFinding> findings = read.findings().stream().map(DeclarationFinding::of).toList();
                    List<DeclarationStore.Smelter> smelters = d.smelters().stream()
                            .flatMap(r -> DeclarationStore.Smelter.of(r).stream()).toList();
                    String company = d.company().name();
                    inserts.add(new ReadFile(sha, grant -> store.insert(grant.id(), grant.username(), name, sha,
                            d.template().name(), d.version(), company, findings, smelters)));
                    yield new FileOutcome.Stored(name, d.template().name(), d.version(), company, findings);
                }
            };
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The last part of an uploaded file's name (browsers may send a path), without control characters. */
    static String fileName(String given) {
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .transform(UserText::displayable).strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        return name.isEmpty() ? "declaration" : name;
    }

    private FileOutcome tooLarge(String name, long size) {
        return refused(name, "file-too-large", Text.of("declaration.finding.file-too-large.upload", name, size, maxBytes));
    }

    private static FileOutcome refused(String name, String rule, Text reason) {
        return new FileOutcome.Refused(name,
                List.of(DeclarationFinding.of(Finding.ofFile(Severity.ERROR, rule, reason))));
    }

    /** The workspace's declaration files, in upload order. */
    public List<StoredDeclaration> list(WorkspaceGrant grant) {
        return store.list(grant.id());
    }

    /** Removes one declaration file of the workspace; false when it has none with this id. */
    public boolean delete(WorkspaceGrant grant, long id) {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        return store.delete(grant.id(), id) > 0;
    }

    /** The consolidated smelter list of the workspace's declarations (the engine's consolidation). */
    public Consolidation consolidation(WorkspaceGrant grant) {
        return consolidate(store.smelters(grant.id()));
    }

    private static Consolidation consolidate(List<DeclarationStore.Smelters> declarations) {
        SmelterConsolidator consolidator = new SmelterConsolidator(KnownSmelters.empty());
        Contact none = new Contact("", "", "");
        for (DeclarationStore.Smelters d : declarations) {
            Company company = new Company(d.supplier(), Scope.BLANK, "", "", "", "", "", none, none, "",
                    Optional.empty(), "");
            Declaration declaration = new Declaration(fr.vigie.engine.declaration.Template.CMRT, "", company, List.of(),
                    List.of(), List.of(), d.smelters().stream().map(DeclarationStore.Smelter::smelterRow).toList(), List.of(),
                    List.of());
            consolidator.add(d.supplier(), declaration);
        }
        return consolidator.result();
    }

    /**
     * What an assessment of the workspace reads of its declarations (as {@code bin/vigie assess
     * --declarations}): the declared smelter countries per mineral, and each file as an input; empty
     * when the workspace has no declaration.
     */
    Optional<Declared> declared(long workspaceId) {
        List<DeclarationStore.Smelters> declarations = store.smelters(workspaceId);
        if (declarations.isEmpty()) {
            return Optional.empty();
        }
        Consolidation c = consolidate(declarations);
        List<AssessmentRunner.Input> inputs = new ArrayList<>(declarations.stream()
                .map(d -> new AssessmentRunner.Input("declaration", d.fileName(), d.sha256())).toList());
        Optional<SmelterReference> reference = smelterReference(workspaceId);
        smelterLists.info(workspaceId).filter(i -> reference.isPresent())
                .ifPresent(i -> inputs.add(new AssessmentRunner.Input("smelters", i.fileName(), i.sha256())));
        return Optional.of(new Declared(Vigie.declarations("workspace declarations", c, reference), inputs));
    }

    /**
     * What the workspace's declarations say as the engine reads them (smelter countries per mineral, the
     * files read), for the reports a company files; empty when the workspace has no declaration.
     */
    public Optional<DeclarationSummary> summary(WorkspaceGrant grant) {
        return declared(grant.id()).map(Declared::summary);
    }

    // ---------------------------------------------------------------- the RMI smelter list

    /** What became of an uploaded smelter list: stored, or refused with the reader's problems. */
    public record ListOutcome(String name, int smelters, List<DeclarationFinding> problems) implements java.io.Serializable {
        public boolean stored() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the user's RMI smelter/refiner list (CSV or Excel) with the engine's reader and stores it
     * whole as the workspace's list, replacing the previous one; a list with a malformed row is refused
     * whole, each problem naming its line and column, and nothing is stored.
     */
    public ListOutcome uploadSmelterList(WorkspaceGrant grant, Upload u) throws IOException {
        if (!grant.canEdit()) {
            throw new AccessDeniedException("read-only");
        }
        String name = fileName(u.name());
        String lower = name.toLowerCase(Locale.ROOT);
        String extension = lower.endsWith(".csv") ? ".csv" : lower.endsWith(".xlsx") ? ".xlsx"
                : lower.endsWith(".xlsm") ? ".xlsm" : "";
        if (extension.isEmpty()) {
            return listRefused(name, "smelter-list-type", Text.of("declaration.finding.smelter-list-type", name));
        }
        if (u.size() > maxBytes) {
            return listRefused(name, "file-too-large",
                    Text.of("declaration.finding.file-too-large.upload", name, u.size(), maxBytes));
        }
        Path file = Files.createTempFile("vigie-smelters-", extension);
        try {
            long copied;
            try (InputStream in = u.content(); var out = Files.newOutputStream(file)) {
                copied = in.transferTo(out);
            }
            if (copied > maxBytes) {
                return listRefused(name, "file-too-large",
                        Text.of("declaration.finding.file-too-large.upload", name, copied, maxBytes));
            }
            ImportGate.Decision decision = gate.admit(file, name);
            if (decision.refusal() instanceof ImportGate.Refusal.Busy) {
                return listRefused(name, "busy", Text.of("declaration.finding.busy.upload", name));
            }
            if (decision.refusal() != null) {
                return listRefused(name, "file-too-large", Text.of("declaration.finding.uncompressed.upload", name));
            }
            SmelterReference reference;
            try (ImportGate.Admission admitted = decision.admission()) {
                reference = SmelterReference.load(file, countries);
            } catch (ProblemException e) {
                return new ListOutcome(name, 0, e.problems().stream().map(p -> DeclarationFinding.of(
                        Finding.ofFile(Severity.ERROR, p.code(), problemText(p, name)))).toList());
            }
            byte[] content = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            smelterLists.put(grant.id(), grant.username(), name, extension, sha, reference.size(), content);
            return new ListOutcome(name, reference.size(), List.of());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A problem of the list reader as a finding's text: the reader's message, with the line and column. */
    private static Text problemText(Problem p, String name) {
        return Text.of("declaration.finding.smelter-list-row", name, p.line() == null ? "-" : String.valueOf(p.line()),
                p.path() == null ? "-" : p.path(), p.text());
    }

    private static ListOutcome listRefused(String name, String rule, Text reason) {
        return new ListOutcome(name, 0, List.of(DeclarationFinding.of(Finding.ofFile(Severity.ERROR, rule, reason))));
    }

    /** The workspace's smelter list: its file name, date, uploader and size; empty when none was loaded. */
    public Optional<SmelterListStore.Info> smelterList(WorkspaceGrant grant) {
        return smelterLists.info(grant.id());
    }

    /** The workspace's smelter list as the engine reads it; empty when none was loaded. */
    Optional<SmelterReference> smelterReference(long workspaceId) {
        Optional<SmelterListStore.File> f = smelterLists.file(workspaceId);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        try {
            // the stored name, so that the engine's texts name the user's file
            Path dir = Files.createTempDirectory("vigie-smelters-");
            Path file = dir.resolve("list" + f.get().extension());
            try {
                Files.write(file, f.get().content());
                return Optional.of(SmelterReference.load(file, countries));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The check of every consolidated smelter of the workspace against its smelter list (CAHRA: the
     * engine's default list), in the consolidation's order; empty without a list.
     */
    public List<SmelterCheck> smelterChecks(WorkspaceGrant grant) {
        return smelterReference(grant.id())
                .map(r -> new SmelterAudit(r, CahraList.loadDefault()).check(consolidation(grant)))
                .orElse(List.of());
    }

    /** Declarations as an assessment reads them. */
    record Declared(DeclarationSummary summary, List<AssessmentRunner.Input> inputs) {
    }
}
