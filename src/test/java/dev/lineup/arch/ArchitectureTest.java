package dev.lineup.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lineup.service.workspace.Workspace;
import dev.lineup.store.LineupStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, enforced so the engine stays headless and data flows one way. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.lineup");
    }

    @Test
    void onlyUiAndLaunchUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.lineup.ui..", "dev.lineup.launch..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void parsersAndModelDependOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("dev.lineup.m3u..", "dev.lineup.xmltv..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.model..", "dev.lineup.store..",
                        "dev.lineup.source..", "dev.lineup.layout..", "dev.lineup.output..", "dev.lineup.sync..",
                        "dev.lineup.cli..", "dev.lineup.ui..", "dev.lineup.app..", "dev.lineup.service..", "dev.lineup.launch..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.lineup.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.m3u..", "dev.lineup.xmltv..",
                        "dev.lineup.store..", "dev.lineup.source..", "dev.lineup.layout..", "dev.lineup.output..",
                        "dev.lineup.sync..", "dev.lineup.cli..", "dev.lineup.ui..", "dev.lineup.app..", "dev.lineup.service..", "dev.lineup.launch..")
                .check(classes);
    }

    @Test
    void rendererNeverFetchesAndPublisherNeverRenders() {
        noClasses().that().resideInAPackage("dev.lineup.output..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.source..", "dev.lineup.sync..",
                        "okhttp3..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.lineup.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.source..", "dev.lineup.layout..",
                        "dev.lineup.m3u..", "dev.lineup.xmltv..")
                .check(classes);
    }

    @Test
    void aTargetKnowsOneProvider() {
        noClasses().that().resideInAPackage("dev.lineup.sync.dropbox..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.sync.gdrive..", "dev.lineup.sync.local..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.lineup.sync.gdrive..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.sync.dropbox..", "dev.lineup.sync.local..",
                        "com.dropbox..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("dev.lineup.sync.dropbox..")
                .should().dependOnClassesThat().resideInAPackage("com.dropbox..")
                .check(classes);
    }

    @Test
    void uiTalksToServicesNotToFilesSocketsOrDatabases() {
        noClasses().that().resideInAPackage("dev.lineup.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "okhttp3..",
                        "dev.lineup.sync.local..", "dev.lineup.sync.dropbox..", "dev.lineup.sync.gdrive..")
                .check(classes);
    }

    @Test
    void engineDoesNotReachUpIntoTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("dev.lineup.cli..", "dev.lineup.launch..")
                .should().dependOnClassesThat().resideInAPackage("dev.lineup.cli..")
                .check(classes);
    }

    @Test
    void theHttpClientFactoryDependsOnTheModelOnly() {
        noClasses().that().resideInAPackage("dev.lineup.http..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.store..", "dev.lineup.source..",
                        "dev.lineup.sync..", "dev.lineup.service..", "dev.lineup.app..", "dev.lineup.cli..", "dev.lineup.ui..")
                .check(classes);
    }

    @Test
    void taskPlumbingDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.lineup.task..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.lineup.task..", "java..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void neutralFileHelpersDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("dev.lineup.files..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.lineup.files..", "java..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void publishTargetsNeverUseTheDatabase() {
        noClasses().that().resideInAPackage("dev.lineup.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.store..", "java.sql..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.lineup.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("dev.lineup.service.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("dev.lineup.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * DESIGN's package table as layers, each with the layers that may use it, as tight as the code allows:
     * {@code launch} is the one place that sees both {@code cli} and {@code ui}; {@code cli} and {@code ui} never
     * use {@code store}, {@code sync} never does; {@code task}, {@code files} and the parsers depend on nothing
     * of ours. Where the code is wider than DESIGN's table (the command line and the UI still use engine
     * types such as problems, reports and layout edits; output reads the store), the accessors say so.
     */
    @Test
    void packagesAreLayeredAsDesignSays() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("M3u").definedBy("dev.lineup.m3u..")
                .layer("Xmltv").definedBy("dev.lineup.xmltv..")
                .layer("Task").definedBy("dev.lineup.task..")
                .layer("Files").definedBy("dev.lineup.files..")
                .layer("Http").definedBy("dev.lineup.http..")
                .layer("Model").definedBy("dev.lineup.model..")
                .layer("Store").definedBy("dev.lineup.store..")
                .layer("Source").definedBy("dev.lineup.source..")
                .layer("Layout").definedBy("dev.lineup.layout..")
                .layer("Output").definedBy("dev.lineup.output..")
                .layer("Sync").definedBy("dev.lineup.sync..")
                .layer("Service").definedBy("dev.lineup.service..")
                .layer("Cli").definedBy("dev.lineup.cli..")
                .layer("Ui").definedBy("dev.lineup.ui..")
                .layer("Launch").definedBy("dev.lineup.launch..")
                .whereLayer("Launch").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launch")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launch")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Cli", "Ui", "Launch")
                .whereLayer("Sync").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui", "Launch")
                .whereLayer("Output").mayOnlyBeAccessedByLayers("Sync", "Service", "Cli", "Launch")
                .whereLayer("Layout").mayOnlyBeAccessedByLayers("Service", "Cli", "Ui", "Launch")
                .whereLayer("Source").mayOnlyBeAccessedByLayers("Service", "Cli", "Launch")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Source", "Output", "Service", "Launch")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Store", "Source", "Output", "Sync", "Service", "Cli",
                        "Launch")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Http", "Store", "Source", "Layout", "Output", "Sync",
                        "Service", "Cli", "Ui", "Launch")
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Source", "Sync", "Service", "Cli", "Launch")
                .whereLayer("Task").mayOnlyBeAccessedByLayers("Xmltv", "Source", "Output", "Sync", "Service", "Cli", "Ui",
                        "Launch")
                // The command line's "render" reads playlists itself (no data directory); the guide panel shows programmes.
                .whereLayer("M3u").mayOnlyBeAccessedByLayers("Source", "Output", "Cli", "Launch")
                .whereLayer("Xmltv").mayOnlyBeAccessedByLayers("Source", "Output", "Service", "Ui", "Launch")
                .check(classes);
    }

    @Test
    void layoutEditingIsPureOverTheModel() {
        noClasses().that().resideInAPackage("dev.lineup.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.store..", "dev.lineup.source..",
                        "dev.lineup.output..", "dev.lineup.sync..", "java.sql..")
                .check(classes);
    }

    @Test
    void googleClientClassesStayInTheDriveTarget() {
        noClasses().that().resideOutsideOfPackage("dev.lineup.sync.gdrive..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.api..", "com.google.auth..")
                .check(classes);
    }

    /** A command parses, calls a service and prints: the database is the services' business. */
    @Test
    void commandLineNeverTouchesTheStore() {
        noClasses().that().resideInAPackage("dev.lineup.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.store..", "java.sql..")
                .check(classes);
    }

    /**
     * The database is reached through services: only {@code service}, {@code store} and {@code launch} (and the
     * engine steps DESIGN lets read it, {@code source} refreshing and {@code output} rendering) touch
     * {@link LineupStore} or call {@link Workspace#store()}.
     */
    @Test
    void onlyServicesReachTheDatabase() {
        String[] allowed = {"dev.lineup.service..", "dev.lineup.store..", "dev.lineup.launch..", "dev.lineup.source..",
                "dev.lineup.output.."};
        noClasses().that().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().areAssignableTo(LineupStore.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackages(allowed)
                .should().callMethod(Workspace.class, "store")
                .check(classes);
    }

    @Test
    void uiNeverTouchesTheStore() {
        noClasses().that().resideInAPackage("dev.lineup.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.lineup.store..", "java.sql..")
                .check(classes);
    }
}
