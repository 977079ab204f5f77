package dev.lineup.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JabRef's rule: view models hold state and never touch controls; the app's services know no JavaFX. */
class ViewModelRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lineup.ui", "dev.lineup.service", "dev.lineup.app");
    }

    @Test
    void viewModelsNeverTouchControlsOrNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void servicesAreFreeOfJavaFx() {
        noClasses().that().resideInAnyPackage("dev.lineup.service..", "dev.lineup.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.lineup.ui..")
                .check(classes);
    }
}
