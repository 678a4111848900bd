package studio.backprop.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Screen;
import javafx.stage.Stage;
import studio.backprop.app.classroom.Classroom;
import studio.backprop.app.controller.CodeExportDialog;
import studio.backprop.app.controller.DocumentController;
import studio.backprop.app.controller.ExportDialog;
import studio.backprop.app.controller.Failures;
import studio.backprop.app.controller.KeyBindings;
import studio.backprop.app.controller.LanguageMenu;
import studio.backprop.app.digits.DigitsPane;
import studio.backprop.app.matrix.MatrixView;
import studio.backprop.app.model.Playback;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.model.TraceSource;
import studio.backprop.app.support.Messages;
import studio.backprop.app.training.TrainingModel;
import studio.backprop.app.training.TrainingView;
import studio.backprop.app.universal.UniversalModel;
import studio.backprop.app.universal.UniversalView;
import studio.backprop.app.view.EquationPanel;
import studio.backprop.app.view.MainView;
import studio.backprop.app.view.TexImages;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Bumps;

/** The desktop application: one window titled Backprop Studio with the lecture's network loaded. */
public final class StudioApp extends Application {

    /**
     * The computation the window shows. Integration point: the network lowering (core.nn) and the
     * expression parser (core.expr) plug in here.
     */
    public static TraceSource defaultCompute() {
        return Computation::trace;
    }

    /** The document the window opens with: the lecture's 2-2-2 network. Integration point for presets. */
    public static Document defaultDocument() {
        return Presets.load("mazur").document();
    }

    /** Below this window width the diagrams start one at a time: side by side their labels are too small to read. */
    static final double SIDE_BY_SIDE_WIDTH = 1700;
    /** Below this window width the inspector and the step list start hidden: the diagram needs the width. */
    static final double SIDE_PANELS_WIDTH = 1200;
    /** How many of the first steps' equations are typeset while the window opens. */
    static final int WARM_STEPS = 3;

    /** Builds the scene for a model (used by the application and by the UI tests). */
    public static Scene createScene(StudioModel model, Document lecture, double width, double height) {
        Playback playback = new Playback(model);
        MainView view = new MainView(model, playback, lecture);
        // workspaces are built when first shown, to keep start-up short
        view.addLazyTab("trainingTab", Messages.get("training.tab"), tab -> new TrainingView(new TrainingModel(model)));
        view.addLazyTab("digitsTab", Messages.get("digits.tab"), tab -> {
            DigitsPane digits = new DigitsPane(model, view.tabs());
            digits.ensureTrained(); // the tab is being shown now: train its network in the background
            return digits;
        });
        view.addLazyTab("matrixTab", Messages.get("matrix.tab"), tab -> {
            MatrixView matrix = new MatrixView(model);
            matrix.activeProperty().bind(tab.selectedProperty());
            return matrix;
        });
        Tab universal = view.addLazyTab("universalTab", Messages.get("universal.tab"),
                tab -> new UniversalView(new UniversalModel(model), view.tabs()));
        model.documentProperty().addListener((o, was, is) -> { // the universal preset opens its workspace
            if (is instanceof NetworkDocument opened && UniversalModel.PRESET.equals(opened.name()) && Bumps.fits(opened.network())
                    && !universal.isSelected() && !(was instanceof NetworkDocument old && UniversalModel.PRESET.equals(old.name()))) {
                view.tabs().getSelectionModel().select(universal);
            }
        });
        Scene scene = new Scene(view, width, height);
        Classroom.install(scene, view, model); // before the stepping keys: quiz mode takes "forward" first
        KeyBindings.install(scene, model, playback::pause);
        view.exportItem().setOnAction(e -> ExportDialog.show(scene.getWindow(), model, view::showStatus, view::showError));
        view.exportCodeItem().setOnAction(e -> CodeExportDialog.show(scene.getWindow(), model.getDocument(), view::showStatus,
                view::showError));
        DocumentController.install(view, model, scene);
        view.viewMenu().getItems().add(LanguageMenu.create(view));
        return scene;
    }

    /**
     * Typesets the first steps' equations on a background thread while the window opens, so the first step
     * a lecturer shows does not wait for JLaTeXMath to load its fonts (about two seconds on a slow machine).
     */
    static Thread warmUp(StudioModel model) {
        Trace trace = model.getTrace();
        Thread warming = new Thread(() -> TexImages.warm(trace.steps().stream().limit(WARM_STEPS)
                .map(step -> step.equation().toLatex(NumberStyle.LECTURE)).toList(), EquationPanel.TEX_SIZE), "warm-up");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        warming.start();
        return warming;
    }

    @Override
    public void start(Stage stage) {
        Document lecture = defaultDocument();
        StudioModel model = new StudioModel(defaultCompute(), lecture);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1600, screen.getWidth() * 0.96);
        double height = Math.min(960, screen.getHeight() * 0.94);
        Scene scene = createScene(model, lecture, width, height);
        stage.setScene(scene);
        DocumentController.of(scene).attach(stage);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // a 1366×768 projector: the network alone is readable, the graph is one click away
        if (width < SIDE_BY_SIDE_WIDTH && scene.getRoot() instanceof MainView view) view.shownProperty().set(MainView.Diagrams.NETWORK);
        // a 1024×768 projector: the diagram gets the side panels' width too, F9 brings them back
        if (width < SIDE_PANELS_WIDTH && scene.getRoot() instanceof MainView view) {
            view.sidePanelsProperty().set(false);
            view.showStatus(Messages.get("hallA.status.panelsHidden"));
        }
        Thread warming = warmUp(model);
        stage.show();
        Failures.install(stage);
        StartupProbe.afterShown(scene, warming);
    }
}
