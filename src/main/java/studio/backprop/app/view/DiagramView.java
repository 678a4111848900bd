package studio.backprop.app.view;

import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import studio.backprop.app.Messages;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;

/**
 * A diagram on a canvas: a {@link Region} owning a {@link Canvas}, with zoom (Ctrl+scroll, buttons), pan
 * (drag on empty space), fit to window, selection by click, in-place editing of given numbers by
 * double-click (a small text field over the canvas) and nudging by scroll. Subclasses supply the
 * drawing and the hit-testing in layout coordinates.
 */
public abstract class DiagramView extends Region {
    /** Nudge step of a scroll over an editable number (Shift: ten times). */
    public static final double NUDGE = 0.01;

    protected final StudioModel model;
    private final Canvas canvas = new Canvas();
    private final VBox editor = new VBox(2);
    private final TextField editField = new TextField();
    private final Label editMessage = new Label();
    private final DoubleProperty pulse = new SimpleDoubleProperty(this, "pulse", 1);
    private final BooleanProperty animations = new SimpleBooleanProperty(this, "animations", Animations.enabledByDefault());
    private final Timeline pulseTimeline = new Timeline();
    private double zoom = 1;
    private double panX;
    private double panY;
    private boolean autoFit = true;
    private Point2D dragStart;
    private String editing;

    protected DiagramView(StudioModel model) {
        this.model = model;
        initGraphics();
        registerListeners();
    }

    private void initGraphics() {
        getStyleClass().add(Styles.DIAGRAM);
        editField.setId(Styles.EDIT_FIELD_ID);
        editField.setPrefColumnCount(10);
        editMessage.setId(Styles.EDIT_MESSAGE_ID);
        editMessage.getStyleClass().add(Styles.ERROR_TEXT);
        editMessage.setWrapText(true);
        editMessage.setMaxWidth(280);
        editor.setId(Styles.EDIT_POPUP_ID);
        editor.getStyleClass().add(Styles.EDITOR_POPUP);
        editor.getChildren().addAll(editField, editMessage);
        editor.setManaged(false);
        editor.setVisible(false);
        getChildren().addAll(canvas, editor);
        setMinSize(200, 150);
    }

    private void registerListeners() {
        widthProperty().addListener(o -> resize());
        heightProperty().addListener(o -> resize());
        model.selectionProperty().addListener(o -> redraw());
        model.cursorProperty().addListener(o -> startPulse());
        pulse.addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        editField.setOnAction(e -> commitEdit());
        editField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeEditor();
                e.consume();
            }
        });
        editField.focusedProperty().addListener((o, was, is) -> {
            if (!is && editMessage.getText().isEmpty()) closeEditor();
        });
    }

    /** Whether the backward flow is animated (off when {@code backprop.animations=false}). */
    public BooleanProperty animationsProperty() {
        return animations;
    }

    /** Size of the drawing in layout coordinates. */
    protected abstract double contentWidth();

    protected abstract double contentHeight();

    /** Draws the snapshot in layout coordinates (the transform is already set). */
    protected abstract void render(GraphicsContext gc, DiagramState state);

    /** The graph-node name drawn at a point in layout coordinates, if any. */
    protected abstract Optional<String> hit(double x, double y);

    /** The snapshot the view draws now. */
    public DiagramState state() {
        return DiagramState.of(model.getTrace(), model.getReveal(), model.getCursor(), model.getSelection(), pulse.get());
    }

    /** Redraws at the current size, zoom and pan. */
    public final void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(new Affine());
        gc.setFill(Palette.BACKGROUND);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setTransform(zoom, 0, 0, zoom, panX, panY);
        render(gc, state());
        gc.setTransform(new Affine());
    }

    private void resize() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        if (autoFit) fitTransform();
        redraw();
    }

    /** Scales the drawing to fill the view and keeps it fitted while the window is resized. */
    public void fit() {
        autoFit = true;
        fitTransform();
        redraw();
    }

    /** Called by subclasses when the drawing's size changes (a new document). */
    protected void contentChanged() {
        if (autoFit) fitTransform();
        redraw();
    }

    private void fitTransform() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) return;
        zoom = Math.min(2.0, Math.min(w / contentWidth(), h / contentHeight()));
        panX = (w - contentWidth() * zoom) / 2;
        panY = (h - contentHeight() * zoom) / 2;
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(0.8, getWidth() / 2, getHeight() / 2);
    }

    public double zoom() {
        return zoom;
    }

    private void zoomAt(double factor, double x, double y) {
        double next = Math.max(0.1, Math.min(8, zoom * factor));
        panX = x - (x - panX) * next / zoom;
        panY = y - (y - panY) * next / zoom;
        zoom = next;
        autoFit = false;
        closeEditor();
        redraw();
    }

    /** A point of the drawing (layout coordinates) in this view's local coordinates. */
    public Point2D layoutToLocal(double x, double y) {
        return new Point2D(x * zoom + panX, y * zoom + panY);
    }

    private Point2D toLayout(double x, double y) {
        return new Point2D((x - panX) / zoom, (y - panY) / zoom);
    }

    private Optional<String> hitAt(double x, double y) {
        Point2D p = toLayout(x, y);
        return hit(p.getX(), p.getY());
    }

    private void onPressed(MouseEvent e) {
        dragStart = hitAt(e.getX(), e.getY()).isEmpty() ? new Point2D(e.getX(), e.getY()) : null;
    }

    private void onDragged(MouseEvent e) {
        if (dragStart == null) return;
        panX += e.getX() - dragStart.getX();
        panY += e.getY() - dragStart.getY();
        dragStart = new Point2D(e.getX(), e.getY());
        autoFit = false;
        closeEditor();
        redraw();
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        Optional<String> name = hitAt(e.getX(), e.getY());
        model.select(name.orElse(null));
        if (e.getClickCount() == 2 && name.isPresent() && model.isEditable(name.get())) {
            openEditor(name.get(), e.getX(), e.getY());
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown()) {
            zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        } else {
            Optional<String> name = hitAt(e.getX(), e.getY());
            if (name.isPresent() && model.isEditable(name.get()) && e.getDeltaY() != 0) {
                double step = e.isShiftDown() ? 10 * NUDGE : NUDGE;
                model.select(name.get());
                model.nudge(name.get(), Math.signum(e.getDeltaY()) * step);
            } else {
                panX += e.getDeltaX();
                panY += e.getDeltaY();
                autoFit = false;
                redraw();
            }
        }
        e.consume();
    }

    /** Opens the in-place editor for a given number at a point of the view. */
    public void openEditor(String name, double x, double y) {
        editing = name;
        editField.setText(model.editableValue(name).isPresent()
                ? studio.backprop.core.graph.NumberStyle.LECTURE.format(model.editableValue(name).getAsDouble()) : "");
        editField.setPromptText(name);
        editMessage.setText("");
        editMessage.setVisible(false);
        editMessage.setManaged(false);
        editor.setVisible(true);
        editor.autosize();
        double w = Math.max(150, editor.prefWidth(-1));
        editor.resizeRelocate(Math.min(x, Math.max(0, getWidth() - w)), Math.min(y, Math.max(0, getHeight() - 70)), w,
                editor.prefHeight(w));
        editField.requestFocus();
        editField.selectAll();
    }

    private void commitEdit() {
        if (editing == null) return;
        EditResult result = model.edit(editing, editField.getText());
        if (result.accepted()) {
            closeEditor();
        } else {
            editMessage.setText(result.message());
            editMessage.setVisible(true);
            editMessage.setManaged(true);
            double w = Math.max(150, editor.prefWidth(-1));
            editor.resize(w, editor.prefHeight(w));
        }
    }

    private void closeEditor() {
        editing = null;
        editMessage.setText("");
        editor.setVisible(false);
    }

    private void startPulse() {
        pulseTimeline.stop();
        if (!animations.get() || !state().backwardStep()) {
            pulse.set(1);
            redraw();
            return;
        }
        pulse.set(0);
        pulseTimeline.getKeyFrames().setAll(new KeyFrame(Duration.millis(650), new KeyValue(pulse, 1)));
        pulseTimeline.playFromStart();
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    /** Text shown when the view has nothing to draw for this document. */
    protected static void placeholder(GraphicsContext gc, String key) {
        Draw.text(gc, Messages.get(key), 300, 40, Palette.NUMBER, Palette.MUTED);
    }
}
