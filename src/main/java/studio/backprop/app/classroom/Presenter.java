package studio.backprop.app.classroom;

import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.util.Duration;
import studio.backprop.app.view.MainView;
import studio.backprop.app.view.Palette;

/**
 * Presenter mode for a lecture hall: full screen, larger fonts and thicker lines, the menu, toolbar and
 * status line fading out after {@link #IDLE} without mouse movement and back when it moves, and a
 * translucent spot that follows the pointer. F5 or F11 toggles it, Esc leaves it. Also applies the theme,
 * since both change what the canvases draw with.
 */
public final class Presenter {
    /** Style class on the root in presenter mode. */
    public static final String STYLE_CLASS = "presenter";
    /** Id of the pointer highlight. */
    public static final String HIGHLIGHT_ID = "pointerHighlight";
    /** How long the controls stay after the mouse stops. */
    public static final Duration IDLE = Duration.seconds(2);
    /** Fonts and lines in presenter mode, relative to normal. */
    public static final double FONT_SCALE = 1.15;
    public static final double LINE_SCALE = 1.75;

    private final Scene scene;
    private final MainView view;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final Circle highlight = new Circle(30, Color.rgb(255, 200, 0, 0.35));
    private final PauseTransition idle = new PauseTransition(IDLE);

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
    }

    /** Whether presenter mode is on. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    public boolean isActive() { return active.get(); }

    /** The theme; setting it restyles the controls and redraws the diagrams. */
    public ObjectProperty<Theme> themeProperty() { return theme; }

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
        view.getStyleClass().add(STYLE_CLASS);
        Palette.use(theme.get().scheme(), FONT_SCALE, LINE_SCALE);
        redrawDiagrams();
        if (scene.getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        idle.playFromStart();
    }

    /** Back to the normal window. */
    public void leave() {
        if (!active.get()) return;
        active.set(false);
        view.getStyleClass().remove(STYLE_CLASS);
        idle.stop();
        fadeControls(1);
        highlight.setVisible(false);
        Palette.use(theme.get().scheme(), 1, 1);
        redrawDiagrams();
        if (scene.getWindow() instanceof Stage stage && stage.isFullScreen()) stage.setFullScreen(false);
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
        highlight.toFront();
        fadeControls(1);
        idle.playFromStart();
    }

    /** The menu and toolbar (top) and the status line (bottom). */
    private List<Node> controls() {
        return java.util.stream.Stream.of(view.getTop(), view.getBottom()).filter(java.util.Objects::nonNull).toList();
    }

    private void fadeControls(double opacity) {
        for (Node control : controls()) {
            if (control.getOpacity() == opacity) continue;
            FadeTransition fade = new FadeTransition(Duration.millis(opacity == 0 ? 400 : 150), control);
            fade.setToValue(opacity);
            fade.play();
        }
    }

    private void applyTheme(Theme was, Theme is) {
        if (was != null && was.stylesheet() != null) view.getStylesheets().remove(stylesheet(was));
        if (is.stylesheet() != null) view.getStylesheets().add(stylesheet(is));
        Palette.use(is.scheme(), active.get() ? FONT_SCALE : 1, active.get() ? LINE_SCALE : 1);
        // typeset equations are black on transparent: on a dark canvas, draw them white
        javafx.scene.effect.Effect light = is == Theme.DARK ? new javafx.scene.effect.ColorAdjust(0, 0, 1, 0) : null;
        for (String id : List.of("#equationImage", "#quizEquation")) view.lookupAll(id).forEach(n -> n.setEffect(light));
        redrawDiagrams();
    }

    private static String stylesheet(Theme theme) {
        return Presenter.class.getResource(theme.stylesheet()).toExternalForm();
    }

    private void redrawDiagrams() {
        view.networkView().redraw();
        view.graphView().redraw();
    }
}
