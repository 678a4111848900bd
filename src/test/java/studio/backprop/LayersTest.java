package studio.backprop;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers enforce themselves: core ← rendering ← app, and core ← rendering ← cli. The diagrams' layouts and
 * renderers, the drawing surfaces and the exporters (PNG, SVG, PDF, TikZ, GIF) live in rendering and never reach
 * into the window or the command line; the command line draws with them and never touches the window's code.
 * No two packages depend on each other, directly or around a loop: the app's
 * root package is the composition root that nothing imports, and what every package needs (messages, the
 * settings folder, background work) lives in {@code app.support}.
 */
@AnalyzeClasses(packages = "studio.backprop", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("studio.backprop.core..")
            .layer("rendering").definedBy("studio.backprop.rendering..")
            .layer("app").definedBy("studio.backprop.app..")
            .layer("cli").definedBy("studio.backprop.cli..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("rendering").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("core").mayOnlyBeAccessedByLayers("rendering", "app", "cli");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("studio.backprop.(**)").should().beFreeOfCycles();
}
