package org.pressroom;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries true, and draws them into docs/modules. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PressroomApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypes() {
        modules.verify();
    }

    @Test
    void moduleDiagramsAreWrittenToTheDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
