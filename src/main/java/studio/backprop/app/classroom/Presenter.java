package studio.backprop.app.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.effect.Effect;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import studio.backprop.app.view.DiagramView;
import studio.backprop.app.view.Legend;
import studio.backprop.app.view.MainView;
import studio.backprop.app.view.Palette;

/**
 * Presenter mode for a lecture hall: full screen; the current diagram and equation fill it (the view
 * {@linkplain MainView#setPresenting presents}); diagram labels as large as the fitted drawing makes them (on a
 * 1366×768 screen at least {@link #LABEL_SHARE} of its height; on a 4:3 one the network takes its narrow
 * arrangement and comes closer) and lines thicker; the menu, toolbar and status line float over the content and fade after
 * {@link #IDLE} without mouse movement; a translucent spot follows the pointer. F5 or F11 toggles it, Esc
 * leaves it, and leaving gives back the window as it was. Also applies the theme, since both change what the
 * canvases draw with.
 */
public final class Presenter {
    /** Style class on the root in presenter mode. */
    public static final String STYLE_CLASS = "presenter";
    /** Id of the pointer highlight. */
    public static final String HIGHLIGHT_ID = "pointerHighlight";
    /** How long the controls stay after the mouse stops. */
    public static final Duration IDLE = Duration.seconds(2);
    /**
     * The least presenter-mode font scale of the diagrams, and the most. Both are 1: the layouts place every
     * label box at its own size and the view's zoom makes them large; a larger font would spill out of the
     * boxes the layout keeps clear.
     */
    public static final double FONT_SCALE = 1;
    public static final double MAX_FONT_SCALE = 1;
    public static final double LINE_SCALE = 1.75;
    /** The smallest diagram label on screen, as a share of the screen's height (1/40: 19 px at 768). */
    public static final double LABEL_SHARE = 1.0 / 40;

    private final Scene scene;
    private final MainView view;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final Circle highlight = new Circle(30, Color.rgb(255, 200, 0, 0.35));
    private final PauseTransition idle = new PauseTransition(IDLE);
    private Rectangle2D windowBefore;
    private boolean maximizedBefore;
    private double fontScale = 1;
    private final List<FadeTransition> fades = new ArrayList<>();

    /** Presenter mode and themes for a window's scene whose root is {@code view}. */
    public Presenter(Scene scene, MainView view) {
        this.scene = scene;
        this.view = view;
        highlight.setId(HIGHLIGHT_ID);
        highlight.setStroke(Color.rgb(255, 160, 0, 0.8));
        highlight.setStrokeWidth(2);
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        highlight.setVisible(false);
        highlight.setViewOrder(MainView.CHROME_VIEW_ORDER - 1);
        view.getChildren().add(highlight);
        idle.setOnFinished(e -> fadeControls(0));
        theme.addListener((o, was, is) -> applyTheme(was, is));
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::onMouse);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onMouse);
        scene.addEventFilter(MouseEvent.MOUSE_EXITED_TARGET, e -> {
            if (e.getTarget() == scene.getRoot()) highlight.setVisible(false);
        });
        scene.windowProperty().addListener((o, was, window) -> {
            if (window instanceof Stage stage) {
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.fullScreenProperty().addListener((p, wasFull, isFull) -> {
                    if (!isFull && active.get()) leave();
                });
            }
        });
        for (DiagramView diagram : List.of(view.networkView(), view.graphView())) {
            diagram.widthProperty().addListener(o -> fitLabels());
            diagram.heightProperty().addListener(o -> fitLabels());
        }
        view.shownProperty().addListener(o -> fitLabels());
    }

    /** Whether presenter mode is on. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    public boolean isActive() { return active.get(); }

    /** The theme; setting it restyles the controls and redraws the diagrams. */
    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** The diagrams' font scale now: 1 in the window, at least {@link #FONT_SCALE} in presenter mode. */
    public double fontScale() { return fontScale; }

    // Commands

    /** Enters or leaves presenter mode. */
    public void toggle() {
        if (active.get()) leave();
        else enter();
    }

    /** Full screen, large, controls hidden until the mouse moves. */
    public void enter() {
        if (active.get()) return;
        active.set(true);
        if (scene.getWindow() instanceof Stage stage) {
            windowBefore = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            maximizedBefore = stage.isMaximized();
        }
        view.getStyleClass().add(STYLE_CLASS);
        view.setPresenting(true);
        fontScale = FONT_SCALE;
        Palette.use(theme.get().scheme(), fontScale, LINE_SCALE);
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        view.applyCss();
        view.layout();
        fitLabels();
        idle.playFromStart();
    }

    /** Back to the normal window, exactly as it was: its place and size, panels, split positions and zoom. */
    public void leave() {
        if (!active.get()) return;
        active.set(false);
        view.getStyleClass().remove(STYLE_CLASS);
        idle.stop();
        stopFading();
        view.chrome().forEach(control -> control.setOpacity(1));
        highlight.setVisible(false);
        fontScale = 1;
        Palette.use(theme.get().scheme(), 1, 1);
        view.setPresenting(false);
        if (scene.getWindow() instanceof Stage stage) {
            if (stage.isFullScreen()) stage.setFullScreen(false);
            restoreWindow(stage);
        }
        redrawDiagrams();
    }

    private void restoreWindow(Stage stage) {
        if (windowBefore == null) return;
        if (maximizedBefore) {
            stage.setMaximized(true);
            return;
        }
        if (stage.isMaximized()) stage.setMaximized(false);
        stage.setX(windowBefore.getMinX());
        stage.setY(windowBefore.getMinY());
        stage.setWidth(windowBefore.getWidth());
        stage.setHeight(windowBefore.getHeight());
    }

    /**
     * Sets the diagrams' font scale so that the smallest label of the diagram shown is at least
     * {@link #LABEL_SHARE} of the screen's height on screen (font size times the view's zoom), within
     * {@link #FONT_SCALE} and {@link #MAX_FONT_SCALE}; then redraws.
     */
    private void fitLabels() {
        if (!active.get()) return;
        Optional<DiagramView> shown = presented();
        double wanted = screenHeight() * LABEL_SHARE;
        double scale = FONT_SCALE;
        if (shown.isPresent() && shown.get().zoom() > 0) {
            Palette.use(theme.get().scheme(), 1, LINE_SCALE);
            double smallest = Math.min(Palette.NUMBER.getSize(), Palette.SMALL.getSize());
            scale = Math.max(FONT_SCALE, Math.min(MAX_FONT_SCALE, wanted / (smallest * shown.get().zoom())));
        }
        fontScale = scale;
        Palette.use(theme.get().scheme(), fontScale, LINE_SCALE);
        redrawDiagrams();
    }

    /** The diagram the view presents, when it is laid out. */
    private Optional<DiagramView> presented() {
        DiagramView diagram = view.shownProperty().get() == MainView.Diagrams.GRAPH ? view.graphView() : view.networkView();
        return diagram.getScene() != null && diagram.getWidth() > 0 ? Optional.of(diagram) : Optional.empty();
    }

    /** The height of the screen the window is on (of the scene when it has no window yet). */
    private double screenHeight() {
        if (scene.getWindow() instanceof Stage stage && stage.isFullScreen()) return scene.getHeight();
        return Screen.getScreensForRectangle(scene.getWindow() == null ? new Rectangle2D(0, 0, 1, 1)
                        : new Rectangle2D(scene.getWindow().getX(), scene.getWindow().getY(), 1, 1))
                .stream().findFirst().orElse(Screen.getPrimary()).getBounds().getHeight();
    }

    private void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
        if (e.getCode() == KeyCode.F5 || e.getCode() == KeyCode.F11) {
            toggle();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && active.get()) {
            leave();
            e.consume();
        }
    }

    private void onMouse(MouseEvent e) {
        if (!active.get()) return;
        highlight.setCenterX(e.getSceneX());
        highlight.setCenterY(e.getSceneY());
        highlight.setVisible(true);
        fadeControls(1);
        idle.playFromStart();
    }

    private void fadeControls(double opacity) {
        stopFading();
        for (Node control : view.chrome()) {
            if (control.getOpacity() == opacity) continue;
            FadeTransition fade = new FadeTransition(Duration.millis(opacity == 0 ? 400 : 150), control);
            fade.setToValue(opacity);
            fades.add(fade);
            fade.play();
        }
    }

    private void stopFading() {
        fades.forEach(FadeTransition::stop);
        fades.clear();
    }

    private void applyTheme(Theme was, Theme is) {
        if (was != null && was.stylesheet() != null) view.getStylesheets().remove(stylesheet(was));
        if (is.stylesheet() != null) view.getStylesheets().add(stylesheet(is));
        Palette.use(is.scheme(), fontScale, active.get() ? LINE_SCALE : 1);
        // typeset equations are black on transparent: on a dark canvas, draw them white
        Effect light = is == Theme.DARK ? new ColorAdjust(0, 0, 1, 0) : null;
        view.equationPanel().setDarkBackground(is == Theme.DARK); // in a tab: not in the tree until the window shows
        view.lookupAll("#quizEquation").forEach(n -> n.setEffect(light));
        redrawDiagrams();
    }

    private static String stylesheet(Theme theme) {
        return Presenter.class.getResource(theme.stylesheet()).toExternalForm();
    }

    private void redrawDiagrams() {
        view.networkView().redraw();
        view.graphView().redraw();
        if (view.lookup("#legend") instanceof Legend legend) legend.redraw();
    }
}
