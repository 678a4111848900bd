package studio.backprop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is pure Java: the UI libraries stay out of it, so it runs headless and in tests. */
@AnalyzeClasses(packages = "studio.backprop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoUi = noClasses().that().resideInAPackage("studio.backprop.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..",
                    "studio.backprop.app..", "studio.backprop.cli..")
            .because("the core must run without a display and be testable alone");

    @ArchTest
    static final ArchRule coreGraphUsesOnlyTheJdk = noClasses().that().resideInAPackage("studio.backprop.core.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("studio.backprop.core.nn..", "studio.backprop.core.expr..",
                    "studio.backprop.core.train..", "studio.backprop.core.io..", "com.fasterxml..")
            .because("the graph is the bottom layer");
}
