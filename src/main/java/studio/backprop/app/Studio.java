package studio.backprop.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import studio.backprop.app.classroom.Classroom;
import studio.backprop.app.controller.Contribution.MenuEntry;
import studio.backprop.app.controller.Contribution.Place;
import studio.backprop.app.controller.Contribution;
import studio.backprop.app.controller.DiagramMenu;
import studio.backprop.app.controller.DocumentController;
import studio.backprop.app.controller.ExportMenu;
import studio.backprop.app.controller.Feature;
import studio.backprop.app.controller.KeyBindings;
import studio.backprop.app.controller.LanguageMenu;
import studio.backprop.app.controller.UndoMenu;
import studio.backprop.app.digits.DigitsModel;
import studio.backprop.app.digits.DigitsView;
import studio.backprop.app.matrix.MatrixModel;
import studio.backprop.app.matrix.MatrixView;
import studio.backprop.app.model.Playback;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.training.TrainingModel;
import studio.backprop.app.training.TrainingView;
import studio.backprop.app.universal.UniversalModel;
import studio.backprop.app.universal.UniversalView;
import studio.backprop.app.view.MainView;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Bumps;

/**
 * The composition root: the one place the window is put together. It creates each workspace's model and
 * view (built when its tab is first shown), creates the window's features with the parts they work on, asks
 * each for its {@link Contribution} and puts the menu items, scene filters, accelerators and status parts in
 * place. No feature installs itself or finds another through the scene; the features' order changes only
 * the order of menu items, never what a key does.
 */
public final class Studio {
    private final StudioModel model;
    private final MainView view;
    private final Scene scene;
    private final DocumentController documents;
    private final Classroom classroom;

    private Studio(StudioModel model, MainView view, Scene scene, DocumentController documents, Classroom classroom) {
        this.model = model;
        this.view = view;
        this.scene = scene;
        this.documents = documents;
        this.classroom = classroom;
    }

    /** The window for a model, with its features in their usual order. */
    public static Studio assemble(StudioModel model, Document lecture, double width, double height) {
        return assemble(model, lecture, width, height, UnaryOperator.identity());
    }

    /** The window for a model, asking its features in the order {@code order} gives (tests reorder them). */
    static Studio assemble(StudioModel model, Document lecture, double width, double height, UnaryOperator<List<Feature>> order) {
        Playback playback = new Playback(model);
        MainView view = new MainView(model, playback, lecture);
        addWorkspaces(model, view);
        Scene scene = new Scene(view, width, height);
        Classroom classroom = new Classroom(scene, view, model);
        DocumentController documents = new DocumentController(model, view, scene);
        List<Feature> features = List.of(documents, new UndoMenu(scene, model), new ExportMenu(scene, model, view), new DiagramMenu(view), classroom,
                new KeyBindings(scene, model, playback::pause),
                () -> Contribution.builder().menu(Contribution.MenuName.VIEW, Place.BOTTOM, LanguageMenu.create(view)).build());
        install(order.apply(features).stream().map(Feature::contribute).toList(), scene, view);
        return new Studio(model, view, scene, documents, classroom);
    }

    public StudioModel model() { return model; }

    public MainView view() { return view; }

    public Scene scene() { return scene; }

    /** The document commands: open, save, the title, asking about unsaved work. */
    public DocumentController documents() { return documents; }

    /** Presenter mode, themes and the quiz. */
    public Classroom classroom() { return classroom; }

    /** Shows the window on {@code stage}: its title follows the document, closing asks about unsaved work. */
    public void attach(Stage stage) {
        stage.setScene(scene);
        documents.attach(stage);
    }

    /** Each workspace: its model and its view, built when its tab is first shown to keep start-up short. */
    private static void addWorkspaces(StudioModel model, MainView view) {
        view.addLazyTab("trainingTab", Messages.get("training.tab"), tab -> new TrainingView(new TrainingModel(model)));
        view.addLazyTab("digitsTab", Messages.get("digits.tab"), tab -> {
            DigitsModel digits = new DigitsModel(model, () -> view.tabs().getSelectionModel().selectFirst());
            digits.ensureTrained(); // the tab is being shown now: train its network in the background
            return new DigitsView(digits);
        });
        view.addLazyTab("matrixTab", Messages.get("matrix.tab"), tab -> {
            MatrixModel matrix = new MatrixModel(model);
            matrix.activeProperty().bind(tab.selectedProperty());
            return new MatrixView(matrix);
        });
        Tab universal = view.addLazyTab("universalTab", Messages.get("universal.tab"),
                tab -> new UniversalView(new UniversalModel(model), view.tabs()));
        model.documentProperty().addListener((o, was, is) -> { // the universal preset opens its workspace
            if (is instanceof NetworkDocument opened && UniversalModel.PRESET.equals(opened.name()) && Bumps.fits(opened.network())
                    && !universal.isSelected() && !(was instanceof NetworkDocument old && UniversalModel.PRESET.equals(old.name()))) {
                view.tabs().getSelectionModel().select(universal);
            }
        });
    }

    /**
     * Puts the features' contributions in place: menu items at the top of their menu in the features' order
     * (ahead of the menu's own items) or at its bottom; scene filters phase by phase, so that an intercepting
     * filter runs before every command filter whichever feature came first; accelerators; status parts.
     */
    private static void install(List<Contribution> contributions, Scene scene, MainView view) {
        List<MenuItem> top = new ArrayList<>();
        for (Contribution.MenuName name : Contribution.MenuName.values()) {
            Menu menu = menu(view, name);
            top.clear();
            for (Contribution contribution : contributions) {
                for (MenuEntry entry : contribution.menuItems()) {
                    if (entry.menu() != name) continue;
                    if (entry.place() == Place.TOP) top.addAll(entry.items());
                    else menu.getItems().addAll(entry.items());
                }
            }
            menu.getItems().addAll(0, top);
        }
        contributions.stream().flatMap(c -> c.filters().stream())
                .sorted(Comparator.comparing(Contribution.Filter::phase))
                .forEach(filter -> addFilter(scene, filter));
        for (Contribution contribution : contributions) {
            scene.getAccelerators().putAll(contribution.accelerators());
            for (Contribution.Status status : contribution.status()) {
                if (status.place() == Contribution.StatusPlace.ABOVE) view.addStatusBar(status.node());
                else view.addStatusPart(status.node());
            }
        }
    }

    private static <T extends Event> void addFilter(Scene scene, Contribution.Filter<T> filter) {
        scene.addEventFilter(filter.type(), filter.handler());
    }

    private static Menu menu(MainView view, Contribution.MenuName name) {
        return switch (name) {
            case FILE -> view.fileMenu();
            case EDIT -> view.editMenu();
            case VIEW -> view.viewMenu();
            case HELP -> view.helpMenu();
        };
    }
}
