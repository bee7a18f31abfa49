package fr.vigie.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates the demo workspace on first start, from the example profile and ledger bundled in the
 * application jar ({@code classpath:demo/}, copied from the repository's {@code examples/} at build
 * time), and makes the demo user (when it exists) a VIEWER of it. The demo workspace is the one with
 * the {@code demo} flag, never found by its name: a workspace that only has the demo name never gets
 * the demo user, and when that name is taken no demo workspace is created. Renaming the demo
 * workspace ends its demo status (see {@link Workspaces#rename}); the next start creates a new one.
 * In demo mode it also resets the demo user's sandbox workspace ({@link #resetSandbox}).
 */
@Component
class DemoWorkspace {

    static final String NAME = "Groupe Industriel Exemple SA (demo)";
    static final String PROFILE = "demo/profiles/french-industrial-group.yaml";
    static final String LEDGER = "demo/ledgers/groupe-industriel.csv";
    static final String SANDBOX_NAME = "Sandbox: try Vigie here (demo, reset at every start)";
    static final String DEMO_USER = Workspaces.DEMO_USER;
    static final String SYSTEM = "vigie";

    private static final Log logger = LogFactory.getLog(DemoWorkspace.class);

    private final Workspaces workspaces;
    private final ProfileValidator validator;
    private final LedgerUploads uploads;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DemoWorkspace(Workspaces workspaces, ProfileValidator validator, LedgerUploads uploads, JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.events = events;
        this.workspaces = workspaces;
        this.validator = validator;
        this.uploads = uploads;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() throws IOException {
        createShared();
        resetSandbox();
    }

    /**
     * In demo mode (the demo user exists and is enabled), deletes the demo user's sandbox workspace
     * with everything done in it, and creates it anew from the demo profile and ledger, the demo user
     * an ANALYST there: it can import, assess and change the roadmap, while the shared demo workspace
     * stays read-only. Outside demo mode an old sandbox is deleted.
     */
    void resetSandbox() {
        workspaces.findSandbox().ifPresent(old -> workspaces.delete(old.id()));
        boolean demoMode = jdbc.sql("select count(*) from app_user where username = ? and enabled").param(DEMO_USER)
                .query(Integer.class).single() > 0;
        if (!demoMode) {
            return;
        }
        String yaml = read(PROFILE);
        switch (workspaces.createSandbox(SANDBOX_NAME, yaml, SYSTEM)) {
            case Workspaces.CreateOutcome.Created created -> {
                importDemoLedger(created.workspace());
                workspaces.putMember(created.workspace().id(), DEMO_USER, WorkspaceRole.ANALYST);
                logger.info("Created the demo sandbox workspace '" + SANDBOX_NAME + "' (reset at every start)");
            }
            case Workspaces.CreateOutcome.NameTaken taken -> logger.warn("No demo sandbox: a workspace named '"
                    + SANDBOX_NAME + "' exists and is not the sandbox; rename it to get a sandbox at the next start");
        }
    }

    private void createShared() {
        Optional<Workspace> found = workspaces.findDemo().or(this::createWorkspace);
        if (found.isEmpty()) {
            return;
        }
        Workspace workspace = found.get();
        boolean demoUser = jdbc.sql("select count(*) from app_user where username = ?").param(DEMO_USER)
                .query(Integer.class).single() > 0;
        if (demoUser && workspaces.memberRole(workspace.id(), DEMO_USER).isEmpty()) {
            workspaces.putMember(workspace.id(), DEMO_USER, WorkspaceRole.VIEWER);
        }
    }

    private Optional<Workspace> createWorkspace() {
        String yaml = read(PROFILE);
        if (!(validator.checkYaml(yaml) instanceof ProfileValidator.Outcome.Valid)) {
            throw new IllegalStateException("the bundled demo profile " + PROFILE + " is invalid");
        }
        Workspace workspace;
        switch (workspaces.createDemo(NAME, yaml, SYSTEM)) {
            case Workspaces.CreateOutcome.Created created -> workspace = created.workspace();
            case Workspaces.CreateOutcome.NameTaken taken -> {
                logger.warn("No demo workspace: a workspace named '" + NAME + "' exists and is not the demo one;"
                        + " rename it to get a demo workspace at the next start");
                return Optional.empty();
            }
        }
        importDemoLedger(workspace);
        logger.info("Created the demo workspace '" + NAME + "'");
        events.publishEvent(new DemoWorkspaceCreated(workspace));
        return Optional.of(workspace);
    }

    private void importDemoLedger(Workspace workspace) {
        byte[] ledger = read(LEDGER).getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new java.io.ByteArrayInputStream(ledger)) {
            var outcome = uploads.importInto(workspace.id(), SYSTEM, "groupe-industriel.csv", ledger.length, in);
            if (!(outcome instanceof LedgerUploads.Outcome.Imported)) {
                throw new IllegalStateException("the bundled demo ledger was not imported: " + outcome);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
