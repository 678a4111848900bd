package studio.backprop;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers enforce themselves: no package depends on another that depends back on it, and the code is
 * layered core ← rendering ← app, with the command line on core and rendering only.
 */
@AnalyzeClasses(packages = "studio.backprop", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("studio.backprop.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("studio.backprop.core..")
            .layer("rendering").definedBy("studio.backprop.rendering..")
            .layer("app").definedBy("studio.backprop.app..")
            .layer("cli").definedBy("studio.backprop.cli..")
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("rendering").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("core").mayOnlyBeAccessedByLayers("rendering", "app", "cli");
}
