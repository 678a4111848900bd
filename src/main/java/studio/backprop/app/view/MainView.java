package studio.backprop.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.backprop.app.Messages;
import studio.backprop.app.controller.Playback;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.graph.Step;

/**
 * The main window's content: menu and stepping toolbar on top, the network diagram and the computational
 * graph side by side, the equation below them, the inspector and the timeline at the right, the status
 * line at the bottom.
 */
public final class MainView extends BorderPane {
    private final StudioModel model;
    private final Playback playback;
    private final Document lecture;
    private final NetworkView networkView;
    private final GraphView graphView;
    private final Label status = new Label();
    private final MenuItem exportItem = new MenuItem(Messages.get("menu.export"));
    private final TabPane tabs = new TabPane();
    private final Menu fileMenu = new Menu(Messages.get("menu.file"));
    private final Menu editMenu = new Menu(Messages.get("doc.menu.edit"));
    private final Menu viewMenu = new Menu(Messages.get("menu.view"));
    private final Menu helpMenu = new Menu(Messages.get("menu.help"));

    /**
     * @param model    the shared model
     * @param playback the play/pause controller
     * @param lecture  the document that "Lecture network" returns to
     */
    public MainView(StudioModel model, Playback playback, Document lecture) {
        this.model = model;
        this.playback = playback;
        this.lecture = lecture;
        this.networkView = new NetworkView(model);
        this.graphView = new GraphView(model);
        getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        setTop(new VBox(menu(), toolbar()));
        VBox networkPane = pane(Messages.get("network.title"), networkView, null);
        VBox graphPane = pane(Messages.get("graph.title"), graphView, expressionBar());
        SplitPane diagrams = new SplitPane(networkPane, graphPane);
        diagrams.setDividerPositions(0.44);
        addMaximise(networkPane, diagrams, graphPane);
        addMaximise(graphPane, diagrams, networkPane);
        SplitPane center = new SplitPane(diagrams, titled(Messages.get("equation.title"), new EquationPanel(model)));
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.8);
        BorderPane pass = new BorderPane(center);
        StepList steps = new StepList(model);
        SplitPane side = new SplitPane(titled(Messages.get("inspector.heading"), new Inspector(model)),
                titled(Messages.get("timeline.title"), steps));
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.34);
        side.setPrefWidth(290);
        side.setMinWidth(230);
        pass.setRight(side);
        Tab passTab = new Tab(Messages.get("tab.pass"), pass);
        passTab.setId("passTab");
        passTab.setClosable(false);
        tabs.getTabs().add(passTab);
        tabs.setId("tabs");
        setCenter(tabs);
        status.setId(Styles.ERROR_LABEL_ID);
        status.getStyleClass().add(Styles.STATUS);
        status.setMaxWidth(Double.MAX_VALUE);
        model.errorMessageProperty().addListener((o, was, is) -> status.setText(is));
        setBottom(status);
    }

    public NetworkView networkView() { return networkView; }

    /**
     * Adds a workspace beside the stepped pass (training, digits, matrix form, …); each feature adds its
     * own tab here and nothing else in this class.
     */
    public Tab addTab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        return tab;
    }

    /**
     * Adds a workspace whose content is built the first time its tab is selected, so a tab the user never
     * opens costs nothing at start-up.
     */
    public Tab addLazyTab(String id, String title, java.util.function.Function<Tab, ? extends Node> content) {
        Tab tab = addTab(id, title, new javafx.scene.layout.Pane());
        javafx.beans.value.ChangeListener<Boolean> build = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) return;
                tab.selectedProperty().removeListener(this);
                tab.setContent(content.apply(tab));
            }
        };
        tab.selectedProperty().addListener(build);
        return tab;
    }

    /** The tabs: the stepped pass first, then the workspaces added with {@link #addTab}. */
    public TabPane tabs() { return tabs; }

    /** File menu, for features that add items (open, save, export handout, …). */
    public Menu fileMenu() { return fileMenu; }

    /** Edit menu: undo and redo. */
    public Menu editMenu() { return editMenu; }

    /** View menu, for features that add items (presenter mode, themes, …). */
    public Menu viewMenu() { return viewMenu; }

    /** Help menu, for features that add items (shortcuts, about, …). */
    public Menu helpMenu() { return helpMenu; }

    public GraphView graphView() { return graphView; }

    /** The File → Export item, whose action the application sets (it needs the window). */
    public MenuItem exportItem() { return exportItem; }

    /** Shows a message on the status line. */
    public void showStatus(String message) {
        status.setText(message);
    }

    private MenuBar menu() {
        exportItem.setId("exportItem");
        exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        fileMenu.getItems().add(exportItem);
        MenuItem lectureItem = new MenuItem(Messages.get("menu.lecture"));
        lectureItem.setOnAction(e -> model.open(lecture));
        MenuItem fit = new MenuItem(Messages.get("menu.fit"));
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> {
            networkView.fit();
            graphView.fit();
        });
        viewMenu.getItems().addAll(lectureItem, fit);
        MenuBar bar = new MenuBar(fileMenu, editMenu, viewMenu, helpMenu);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolbar() {
        Button reset = iconButton("reset", "mdi2s-skip-previous", "toolbar.reset", () -> model.reset());
        Button back = iconButton("stepBack", "mdi2s-step-backward", "toolbar.back", () -> model.stepBack());
        Button forward = iconButton("stepForward", "mdi2s-step-forward", "toolbar.forward", () -> model.stepForward());
        Button play = new Button();
        play.setId("play");
        FontIcon playIcon = new FontIcon("mdi2p-play");
        play.setGraphic(playIcon);
        play.setTooltip(new Tooltip(Messages.get("toolbar.play")));
        play.setOnAction(e -> playback.toggle());
        playback.playingProperty().addListener((o, was, is) -> playIcon.setIconLiteral(is ? "mdi2p-pause" : "mdi2p-play"));
        Button end = iconButton("toEnd", "mdi2s-skip-next", "toolbar.end", () -> model.toEnd());
        Slider speed = new Slider(0.25, 6, playback.stepsPerSecondProperty().get());
        speed.setId("speed");
        speed.setPrefWidth(90);
        speed.setTooltip(new Tooltip(Messages.get("toolbar.speed")));
        playback.stepsPerSecondProperty().bind(speed.valueProperty());
        Label phase = new Label();
        phase.setId(Styles.PHASE_LABEL_ID);
        phase.getStyleClass().add(Styles.PANE_TITLE);
        Label step = new Label();
        step.setId(Styles.STEP_LABEL_ID);
        Runnable updateStep = () -> {
            Step current = model.currentStep().orElse(null);
            phase.setText(current == null ? Messages.get("phase.none") : Messages.get("phase." + current.phase().name().toLowerCase()));
            step.setText(Messages.format("toolbar.stepOf", model.getCursor() + 1, model.stepCount()));
        };
        model.cursorProperty().addListener(o -> updateStep.run());
        model.traceProperty().addListener(o -> updateStep.run());
        updateStep.run();
        CheckBox animate = new CheckBox(Messages.get("toolbar.animations"));
        animate.setId("animations");
        animate.setSelected(Animations.enabledByDefault());
        networkView.animationsProperty().bind(animate.selectedProperty());
        graphView.animationsProperty().bind(animate.selectedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(reset, back, forward, play, end, speed, new Separator(), phase, step, new Separator(), animate,
                spacer, new Label(Messages.get("legend.title")), new Legend());
    }

    /**
     * Adds a button to a diagram pane's header that gives it the whole width (hiding {@code other}) and
     * back, for a small projector.
     */
    private static void addMaximise(VBox pane, SplitPane split, VBox other) {
        HBox header = (HBox) pane.getChildren().get(0);
        FontIcon icon = new FontIcon("mdi2a-arrow-expand-horizontal");
        Button button = new Button(null, icon);
        button.setId(((Region) pane.getChildren().get(pane.getChildren().size() - 1)).getId() + "Maximise");
        button.setTooltip(new Tooltip(Messages.get("zoom.maximise")));
        button.setOnAction(e -> {
            if (split.getItems().contains(other)) {
                split.getItems().remove(other);
                icon.setIconLiteral("mdi2a-arrow-collapse-horizontal");
            } else {
                boolean otherFirst = other.getChildren().get(other.getChildren().size() - 1) instanceof NetworkView;
                split.getItems().add(otherFirst ? 0 : 1, other);
                split.setDividerPositions(0.44);
                icon.setIconLiteral("mdi2a-arrow-expand-horizontal");
            }
        });
        header.getChildren().add(button);
    }

    private static Button iconButton(String id, String icon, String tooltipKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    private VBox pane(String title, DiagramView view, Region extra) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.PANE_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button zoomOut = iconButton(view.getId() + "ZoomOut", "mdi2m-magnify-minus-outline", "zoom.out", view::zoomOut);
        Button zoomIn = iconButton(view.getId() + "ZoomIn", "mdi2m-magnify-plus-outline", "zoom.in", view::zoomIn);
        Button fit = iconButton(view.getId() + "Fit", "mdi2f-fit-to-page-outline", "zoom.fit", view::fit);
        HBox header = new HBox(6, heading, spacer, zoomOut, zoomIn, fit);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(2, 6, 2, 6));
        VBox box = new VBox(header);
        if (extra != null) box.getChildren().add(extra);
        box.getChildren().add(view);
        VBox.setVgrow(view, Priority.ALWAYS);
        return box;
    }

    private VBox expressionBar() {
        TextField field = new TextField();
        field.setId(Styles.EXPRESSION_FIELD_ID);
        field.setPromptText(Messages.get("graph.expressionPrompt"));
        HBox.setHgrow(field, Priority.ALWAYS);
        Label error = new Label();
        error.setId(Styles.EXPRESSION_ERROR_ID);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        error.setManaged(false);
        Runnable show = () -> {
            EditResult result = model.openExpression(field.getText());
            error.setText(result.accepted() ? "" : result.message());
            error.setManaged(!result.accepted());
            if (result.accepted()) graphView.requestFocus(); // the clicker's keys step the new graph at once
        };
        field.setOnAction(e -> show.run());
        // Esc: forget the typing and give the keys back to the diagram
        field.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE) return;
            field.setText(model.getDocument() instanceof ExpressionDocument expression ? expression.source() : "");
            error.setText("");
            error.setManaged(false);
            graphView.requestFocus();
            e.consume();
        });
        Button go = new Button(Messages.get("graph.show"));
        go.setId("showExpression");
        go.setOnAction(e -> show.run());
        model.documentProperty().addListener((o, was, is) -> {
            if (is instanceof ExpressionDocument expression && !expression.source().equals(field.getText())) {
                field.setText(expression.source());
            }
        });
        HBox row = new HBox(6, new Label(Messages.get("graph.expression")), field, go);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(2, row, error);
        bar.setPadding(new Insets(0, 6, 2, 6));
        return bar;
    }

    private static VBox titled(String title, javafx.scene.Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.PANE_TITLE);
        VBox box = new VBox(2, heading, content);
        box.setPadding(new Insets(2, 6, 4, 6));
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
