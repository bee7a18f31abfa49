package fr.vigie.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the module structure (no cycles, no access to another module's internals) and documents it. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(VigieApplication.class);

    @Test
    void modulesAreWellFormed() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getBasePackage().getName()))
                .containsExactlyInAnyOrder("fr.vigie.app.account", "fr.vigie.app.database", "fr.vigie.app.shell",
                        "fr.vigie.app.knowledge", "fr.vigie.app.methodology", "fr.vigie.app.mineral", "fr.vigie.app.country",
                        "fr.vigie.app.regulation", "fr.vigie.app.workspace", "fr.vigie.app.assessment",
                        "fr.vigie.app.roadmap", "fr.vigie.app.dashboard", "fr.vigie.app.supplier",
                        "fr.vigie.app.grievance", "fr.vigie.app.duediligence", "fr.vigie.app.filing");
    }

    /**
     * Writes PlantUML diagrams and module canvases into {@code docs/modules/} at the repository root.
     * The generator does not keep a stable line order, so a file is replaced only when its lines
     * differ from the committed ones as a multiset: an unchanged architecture leaves the files alone.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("mvnw")).as("tests run from the app module directory").exists();
        Path output = root.resolve("docs").resolve("modules");
        Path fresh = Files.createTempDirectory("vigie-modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(output);
        try (Stream<Path> files = Files.list(fresh)) {
            for (Path file : files.toList()) {
                Path target = output.resolve(file.getFileName().toString());
                if (!Files.exists(target) || !sortedLines(target).equals(sortedLines(file))) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.isRegularFile(output.resolve("module-account.puml"))).isTrue();
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
