package fr.vigie.app;

import java.nio.file.Files;
import java.nio.file.Path;

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
                .contains("fr.vigie.app.account", "fr.vigie.app.database", "fr.vigie.app.shell", "fr.vigie.app.workspace",
                        "fr.vigie.app.assessment", "fr.vigie.app.roadmap", "fr.vigie.app.dashboard");
    }

    /** Writes PlantUML diagrams and module canvases into {@code docs/modules/} at the repository root. */
    @Test
    void writesModuleDocumentation() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("mvnw")).as("tests run from the app module directory").exists();
        Path output = root.resolve("docs").resolve("modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(output.resolve("components.puml")).exists();
        assertThat(Files.isRegularFile(output.resolve("module-account.puml"))).isTrue();
    }
}
