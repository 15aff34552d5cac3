package org.pressroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the module boundaries true, and draws them into docs/modules. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PressroomApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypes() {
        modules.verify();
    }

    @Test
    void everyModuleIsDrawnInTheDocs() throws IOException {
        Path generated = Path.of("target", "modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        for (ApplicationModule module : modules) {
            assertThat(generated.resolve("module-" + module.getIdentifier() + ".puml")).as(module.getDisplayName()).exists();
        }
        Path docs = Files.createDirectories(Path.of("docs", "modules"));
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Files.copy(file, docs.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
