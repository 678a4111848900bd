package studio.backprop.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.Playback;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;

/**
 * The main window's content: menu and stepping toolbar on top, the network diagram and the computational
 * graph side by side, the equation below them in a band of fixed share (its content scales and scrolls, so
 * the diagrams keep their size from step to step), the inspector and the timeline at the right, the status
 * line at the bottom. For presenter mode the view {@linkplain #setPresenting presents}: one diagram and the
 * equation fill the window, the side panels hide and the menu, toolbar and status float over the content.
 */
public final class MainView extends BorderPane {
    /** Which diagrams the pass shows. */
    public enum Diagrams { BOTH, NETWORK, GRAPH }

    /** Share of the pass's height the equation gets below the diagrams, in the window and in presenter mode. */
    public static final double EQUATION_SHARE = 0.2;
    public static final double PRESENTING_EQUATION_SHARE = 0.17;
    /** Share of the width the network gets when both diagrams show. */
    public static final double DIAGRAM_DIVIDER = 0.44;
    /** View order of the floating chrome in presenter mode: in front of the content. */
    public static final double CHROME_VIEW_ORDER = -1;
    /** Id of View → Steps and inspector. */
    public static final String SIDE_PANELS_ITEM_ID = "sidePanelsItem";

    private final StudioModel model;
    private final Playback playback;
    private final NetworkView networkView;
    private final GraphView graphView;
    private final EquationPanel equation;
    private final StatusLine status = new StatusLine();
    private final HBox statusRow = new HBox(8, status);
    private final MenuItem lectureItem = new MenuItem(Messages.get("menu.lecture"));
    private final TabPane tabs = new TabPane();
    private final Menu fileMenu = new Menu(Messages.get("menu.file"));
    private final Menu editMenu = new Menu(Messages.get("doc.menu.edit"));
    private final Menu viewMenu = new Menu(Messages.get("menu.view"));
    private final Menu helpMenu = new Menu(Messages.get("menu.help"));
    private final MenuBar menuBar;
    private final VBox networkPane;
    private final VBox graphPane;
    private final VBox equationBox;
    /** The diagrams' headers (title, zoom buttons), floating over their top edge. */
    private final List<HBox> headers = new ArrayList<>();
    private final SplitPane diagrams;
    private final VBox center;
    private final DoubleProperty equationShare = new SimpleDoubleProperty(this, "equationShare", EQUATION_SHARE);
    private final SplitPane side;
    private final BorderPane pass;
    private final ObjectProperty<Diagrams> shown = new SimpleObjectProperty<>(this, "shown", Diagrams.BOTH);
    private final BooleanProperty sidePanels = new SimpleBooleanProperty(this, "sidePanels", true);
    private boolean presenting;
    private double[] sideDividers;
    private Layout beforePresenting;

    /** What presenter mode changes and gives back: the diagrams shown, the side panels, the split positions. */
    private record Layout(Diagrams shown, boolean sidePanels, double equationShare, double diagramDivider) { }

    /**
     * @param model    the shared model
     * @param playback the play/pause controller
     * @param lecture  the document that "Lecture network" returns to
     */
    public MainView(StudioModel model, Playback playback, Document lecture) {
        this.model = model;
        this.playback = playback;
        this.networkView = new NetworkView(model);
        this.graphView = new GraphView(model);
        this.equation = new EquationPanel(model);
        getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        menuBar = menu(lecture);
        setTop(new VBox(menuBar, PassToolbar.of(model, playback, networkView, graphView)));
        networkPane = pane(Messages.get("network.title"), networkView, null);
        graphPane = pane(Messages.get("graph.title"), graphView, expressionBar());
        diagrams = new SplitPane(networkPane, graphPane);
        diagrams.setDividerPositions(DIAGRAM_DIVIDER);
        addMaximise(headers.get(0), networkView, Diagrams.NETWORK);
        addMaximise(headers.get(1), graphView, Diagrams.GRAPH);
        equationBox = titled(Messages.get("equation.title"), equation);
        center = new VBox(diagrams, equationBox);
        VBox.setVgrow(diagrams, Priority.ALWAYS);
        equationBox.setMinHeight(60);
        equationBox.setMaxHeight(Region.USE_PREF_SIZE);
        equationBox.prefHeightProperty().bind(center.heightProperty().multiply(equationShare));
        pass = new BorderPane(center);
        side = new SplitPane(titled(Messages.get("inspector.heading"), new Inspector(model)),
                titled(Messages.get("timeline.title"), new StepList(model)));
        side.setId(Styles.SIDE_PANELS_ID);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.34);
        pass.setRight(side);
        Tab passTab = new Tab(Messages.get("tab.pass"), pass);
        passTab.setId("passTab");
        passTab.setClosable(false);
        tabs.getTabs().add(passTab);
        tabs.setId("tabs");
        setCenter(tabs);
        status.setId(Styles.ERROR_LABEL_ID);
        model.errorMessageProperty().addListener((o, was, is) -> {
            if (is == null || is.isEmpty()) status.clearError();
            else status.error(is);
        });
        model.cursorProperty().addListener(o -> status.clearError());
        HBox.setHgrow(status, Priority.ALWAYS);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        setBottom(new VBox(statusRow));
        shown.addListener((o, was, is) -> showDiagrams(is));
        sidePanels.addListener((o, was, is) -> showSidePanels(is));
        model.documentProperty().addListener((o, was, is) -> followDocumentKind(was, is));
    }

    public NetworkView networkView() { return networkView; }

    public GraphView graphView() { return graphView; }

    /** The current step's equation. */
    public EquationPanel equationPanel() { return equation; }

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
    public Tab addLazyTab(String id, String title, Function<Tab, ? extends Node> content) {
        Tab tab = addTab(id, title, new Pane());
        ChangeListener<Boolean> build = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
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

    /** The menu bar (the shortcut list reads its accelerators). */
    public MenuBar menuBar() { return menuBar; }

    /** File menu, for features that add items (open, save, export handout, …). */
    public Menu fileMenu() { return fileMenu; }

    /** Edit menu: undo and redo. */
    public Menu editMenu() { return editMenu; }

    /** View menu, for features that add items (presenter mode, themes, …). */
    public Menu viewMenu() { return viewMenu; }

    /** Help menu, for features that add items (shortcuts, about, …). */
    public Menu helpMenu() { return helpMenu; }

    /**
     * View → Lecture network. Its action shows the lecture network; the document controller replaces it
     * with one that asks before unsaved work is replaced.
     */
    public MenuItem lectureItem() { return lectureItem; }

    /** Which diagrams the pass shows: both side by side, or one with the whole width. */
    public ObjectProperty<Diagrams> shownProperty() { return shown; }

    /**
     * The share of the pass's height the equation takes below the diagrams; its content scales and scrolls
     * within it, so the diagrams keep their size whatever the step.
     */
    public DoubleProperty equationShareProperty() { return equationShare; }

    /** Whether the inspector and the step list show at the right (View → Steps and inspector, F9). */
    public BooleanProperty sidePanelsProperty() { return sidePanels; }

    /** Shows a message on the status line: neutral, and it fades after a few seconds. */
    public void showStatus(String message) {
        status.info(message);
    }

    /** Shows a problem on the status line: red, until the next message or step. */
    public void showError(String message) {
        status.error(message);
    }

    /** The status line. */
    public StatusLine statusLine() { return status; }

    /** Adds a bar above the status line (a feature's, such as the quiz bar). */
    public void addStatusBar(Node bar) {
        VBox bottom = (VBox) getBottom();
        bottom.getChildren().add(bottom.getChildren().indexOf(statusRow), bar);
    }

    /** Adds a part beside the status line, at its right (a feature's, such as the known-answer badge). */
    public void addStatusPart(Node part) {
        statusRow.getChildren().add(part);
    }

    /** The menu, toolbar and status line: what presenter mode floats over the content and fades. */
    public List<Node> chrome() {
        return Stream.of(getTop(), getBottom()).filter(Objects::nonNull).toList();
    }

    /** Whether the view presents (presenter mode). */
    public boolean isPresenting() { return presenting; }

    /**
     * Presenter mode's layout: the current diagram alone and the equation, large, fill the view; the side
     * panels hide (F9 brings them back); the panes' headers hide; the menu, toolbar and status line float over
     * the content instead of keeping bands of their own. Turning it off gives back exactly the layout before:
     * the diagrams shown, the side panels, the split positions.
     */
    public void setPresenting(boolean on) {
        if (on == presenting) return;
        presenting = on;
        if (on) {
            beforePresenting = new Layout(shown.get(), sidePanels.get(), equationShare.get(),
                    diagrams.getDividerPositions().length > 0 ? diagrams.getDividerPositions()[0] : DIAGRAM_DIVIDER);
            shown.set(presentedDiagram(shown.get(), model.getDocument()));
            sidePanels.set(false);
            equationShare.set(PRESENTING_EQUATION_SHARE);
        } else if (beforePresenting != null) {
            shown.set(beforePresenting.shown());
            sidePanels.set(beforePresenting.sidePanels());
            equationShare.set(beforePresenting.equationShare());
            if (beforePresenting.shown() == Diagrams.BOTH) diagrams.setDividerPositions(beforePresenting.diagramDivider());
        }
        for (VBox pane : List.of(networkPane, graphPane, equationBox)) {
            for (Node part : pane.getChildren().subList(0, pane.getChildren().size() - 1)) {
                part.setVisible(!on);
                part.setManaged(!on);
            }
        }
        headers.forEach(header -> header.setVisible(!on));
        equation.setLarge(on);
        for (Node control : chrome()) {
            control.setManaged(!on);
            control.setViewOrder(on ? CHROME_VIEW_ORDER : 0); // drawn over the content; toFront would unset the slot
        }
        requestLayout();
    }

    /** The diagram presenter mode shows: the one shown alone, else the one that draws the document. */
    static Diagrams presentedDiagram(Diagrams shown, Document document) {
        if (shown == Diagrams.NETWORK && document instanceof ExpressionDocument) return Diagrams.GRAPH;
        if (shown != Diagrams.BOTH) return shown;
        return document instanceof NetworkDocument ? Diagrams.NETWORK : Diagrams.GRAPH;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!presenting) return;
        // presenter mode: the chrome floats over the content, at the top and the bottom
        double width = getWidth();
        if (getTop() != null) getTop().resizeRelocate(0, 0, width, getTop().prefHeight(width));
        if (getBottom() != null) {
            double height = getBottom().prefHeight(width);
            getBottom().resizeRelocate(0, getHeight() - height, width, height);
        }
    }

    /** Shows or hides the side panels, keeping the divider between them where it was. */
    private void showSidePanels(boolean on) {
        if (!on) sideDividers = side.getDividerPositions();
        pass.setRight(on ? side : null);
        if (on && sideDividers != null) {
            side.applyCss();
            side.layout();
            side.setDividerPositions(sideDividers);
        }
    }

    /** One diagram alone shows the other document kind's diagram when the document changes kind. */
    private void followDocumentKind(Document was, Document is) {
        if (shown.get() == Diagrams.BOTH || was == null || is == null || was.getClass() == is.getClass()) return;
        shown.set(is instanceof NetworkDocument ? Diagrams.NETWORK : Diagrams.GRAPH);
    }

    private void showDiagrams(Diagrams which) {
        boolean network = which != Diagrams.GRAPH;
        boolean graph = which != Diagrams.NETWORK;
        if (!network) diagrams.getItems().remove(networkPane);
        if (!graph) diagrams.getItems().remove(graphPane);
        if (network && !diagrams.getItems().contains(networkPane)) diagrams.getItems().add(0, networkPane);
        if (graph && !diagrams.getItems().contains(graphPane)) diagrams.getItems().add(graphPane);
        if (which == Diagrams.BOTH) diagrams.setDividerPositions(DIAGRAM_DIVIDER);
    }

    private MenuBar menu(Document lecture) {
        lectureItem.setId("lectureItem");
        lectureItem.setOnAction(e -> model.open(lecture));
        MenuItem fit = new MenuItem(Messages.get("menu.fit"));
        fit.setId("fitItem");
        fit.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        fit.setOnAction(e -> {
            networkView.fit();
            graphView.fit();
        });
        CheckMenuItem panels = new CheckMenuItem(Messages.get("hallA.menu.sidePanels"));
        panels.setId(SIDE_PANELS_ITEM_ID);
        panels.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        panels.selectedProperty().bindBidirectional(sidePanels);
        viewMenu.getItems().addAll(lectureItem, fit, panels);
        MenuBar bar = new MenuBar(fileMenu, editMenu, viewMenu, helpMenu);
        bar.setId("menuBar");
        return bar;
    }

    /**
     * Adds a button to a diagram pane's header that gives it the whole width (hiding the other diagram) and
     * back, for a small projector.
     */
    private void addMaximise(HBox header, DiagramView view, Diagrams alone) {
        FontIcon icon = new FontIcon("mdi2a-arrow-expand-horizontal");
        Button button = new Button(null, icon);
        button.setId(view.getId() + "Maximise");
        LazyTooltip.install(button, Messages.get("zoom.maximise"));
        button.setOnAction(e -> shown.set(shown.get() == Diagrams.BOTH ? alone : Diagrams.BOTH));
        shown.addListener((o, was, is) -> icon.setIconLiteral(is == Diagrams.BOTH
                ? "mdi2a-arrow-expand-horizontal" : "mdi2a-arrow-collapse-horizontal"));
        header.getChildren().add(button);
    }

    static Button iconButton(String id, String icon, String tooltipKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.setGraphic(new FontIcon(icon));
        LazyTooltip.install(button, Messages.get(tooltipKey));
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * A diagram with its header (title, zoom buttons, maximise) floating over the drawing's top margin, so
     * the header costs the drawing no height; {@code extra} (the expression field) above it.
     */
    private VBox pane(String title, DiagramView view, Region extra) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.PANE_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spacer.setMouseTransparent(true);
        Button zoomOut = iconButton(view.getId() + "ZoomOut", "mdi2m-magnify-minus-outline", "zoom.out", view::zoomOut);
        Button zoomIn = iconButton(view.getId() + "ZoomIn", "mdi2m-magnify-plus-outline", "zoom.in", view::zoomIn);
        Button fit = iconButton(view.getId() + "Fit", "mdi2f-fit-to-page-outline", "zoom.fit", view::fit);
        HBox header = new HBox(6, heading, spacer, zoomOut, zoomIn, fit);
        header.getStyleClass().add(Styles.PANE_HEADER);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(2, 6, 2, 6));
        header.setPickOnBounds(false);
        header.setMaxHeight(Region.USE_PREF_SIZE);
        headers.add(header);
        StackPane drawing = new StackPane(view, header);
        StackPane.setAlignment(header, Pos.TOP_CENTER);
        VBox box = new VBox();
        if (extra != null) box.getChildren().add(extra);
        box.getChildren().add(drawing);
        VBox.setVgrow(drawing, Priority.ALWAYS);
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
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
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

    private static VBox titled(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.PANE_TITLE);
        VBox box = new VBox(2, heading, content);
        box.setPadding(new Insets(2, 6, 4, 6));
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
