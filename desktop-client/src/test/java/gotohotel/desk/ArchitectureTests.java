package gotohotel.desk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The desk's layers: views → view-models → services → sync engine and store. */
@AnalyzeClasses(packages = "gotohotel.desk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule viewsOnlyBindToViewModels = noClasses().that().resideInAPackage("gotohotel.desk.view..")
            .should().dependOnClassesThat().resideInAnyPackage("gotohotel.desk.store..", "gotohotel.desk.sync..",
                    "gotohotel.desk.app..", "java.sql..", "java.net.http..", "okhttp3..", "retrofit2..")
            .orShould().dependOnClassesThat().haveSimpleName("AccessService")
            .orShould().dependOnClassesThat().haveSimpleName("BookingService")
            .orShould().dependOnClassesThat().haveSimpleName("DeskServices")
            .because("views bind to view-models and show the services' plain values; they never do I/O or call a "
                    + "service themselves");

    @ArchTest
    static final ArchRule viewModelsHaveNoScreenAndNoIo = noClasses().that()
            .resideInAPackage("gotohotel.desk.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("gotohotel.desk.store..", "gotohotel.desk.sync..",
                    "gotohotel.desk.view", "gotohotel.desk.app..", "javafx.scene..", "javafx.stage..", "java.sql..")
            .because("view-models hold state and commands, call services, and test without a screen");

    @ArchTest
    static final ArchRule onlyServicesTouchTheSyncEngineAndTheStore = classes().that()
            .resideInAnyPackage("gotohotel.desk.store..", "gotohotel.desk.sync..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("gotohotel.desk.store..",
                    "gotohotel.desk.sync..", "gotohotel.desk.service..")
            .because("only services touch the sync engine and the local store");

    @ArchTest
    static final ArchRule noJavaFxBelowTheServices = noClasses().that()
            .resideInAnyPackage("gotohotel.desk.store..", "gotohotel.desk.sync..", "gotohotel.desk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the store, the sync engine and the services run without a screen (HeadlessSync, tests)");
}
