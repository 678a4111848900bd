package studio.backprop.app.view;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.rendering.diagram.DiagramState;
import studio.backprop.rendering.Align;
import studio.backprop.rendering.CanvasSurface;
import studio.backprop.rendering.Surface;

/**
 * A diagram on a canvas ({@link CanvasPane}, its canvas covering the whole pane), with zoom (Ctrl+scroll, buttons), pan
 * (drag on empty space), fit to window, selection by click, in-place editing of given numbers by
 * double-click (a small text field over the canvas) and nudging by scroll. Subclasses supply the
 * drawing and its {@link CanvasPane.Layout} (size and hit test) in layout coordinates, the drawing
 * coordinates of the canvas pane.
 *
 * <p>The keyboard reaches everything the mouse does. The view takes the focus when clicked. Tab and
 * Shift+Tab select the next and previous item ({@link #items()}: neurons, weights, biases, nodes); once an
 * item is selected by Tab the arrow keys move to the nearest item in their direction, Enter edits the
 * selected number with the same editor as a double-click, and Esc clears the selection. Before Tab (or
 * after Esc, or a click) the arrow keys are the clicker's and step the pass. Tab past the last item leaves
 * the diagram. The view describes the current step and the selection as accessible text.
 */
public abstract class DiagramView extends CanvasPane {
    /** Nudge step of a scroll over an editable number (Shift: ten times). */
    public static final double NUDGE = 0.01;

    protected final StudioModel model;
    private final NumberEditor editor;
    /** What this diagram is, for the accessible text. */
    private final String accessibleName;
    private final DoubleProperty pulse = new SimpleDoubleProperty(this, "pulse", 1);
    private final BooleanProperty animations = new SimpleBooleanProperty(this, "animations", Animations.enabledByDefault());
    private final Timeline pulseTimeline = new Timeline();
    /** Size of a placeholder's drawing, shown while there is no layout. */
    private static final double PLACEHOLDER_WIDTH = 600;
    private static final double PLACEHOLDER_HEIGHT = 200;
    /** The view's transform: layout coordinates scaled by {@code zoom}, then moved by ({@code panX}, {@code panY}). */
    private double zoom = 1;
    private double panX;
    private double panY;
    private final Repaint repaint = new Repaint();
    /** The frame on the canvas now, or null before the first. */
    private DisplayList shown;
    /** Whether the view keeps its drawing fitted (until the user zooms or pans). */
    private boolean autoFit = true;
    /** Where a drag on empty space last was; null when the press was on an item. */
    private Point2D dragStart;
    /** Whether the arrow keys walk the items (after Tab selected one) instead of stepping. */
    private boolean walking;
    /** Whether a frame was skipped while the view was hidden: the canvas shows an older one. */
    private boolean stale;
    /** Paints a skipped frame at the first pulse that shows the view again. */
    private final Runnable catchUp = () -> {
        if (stale && showing()) redraw();
    };

    /** An item the keyboard can select: a graph-node or parameter name at its centre in layout coordinates. */
    public record Item(String name, double x, double y) { }

    /** A diagram of the model's document, called {@code accessibleName} in its accessible text ("Network diagram"). */
    protected DiagramView(StudioModel model, String accessibleName) {
        this.model = model;
        this.accessibleName = accessibleName;
        this.editor = new NumberEditor(model, this::requestFocus);
        initGraphics();
        registerListeners();
    }

    private void initGraphics() {
        getChildren().add(editor);
        setMinSize(200, 150);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleHelp(Messages.get("diagram.a11y.help"));
    }

    private void registerListeners() {
        model.selectionProperty().addListener(o -> {
            if (model.getSelection() == null) walking = false;
            redraw();
            describe();
        });
        model.cursorProperty().addListener(o -> {
            startPulse();
            describe();
        });
        model.traceProperty().addListener(o -> describe());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        focusedProperty().addListener(o -> redraw());
        describe();
        pulse.addListener(o -> redraw());
        sceneProperty().addListener((o, was, is) -> {
            if (was != null) was.removePreLayoutPulseListener(catchUp);
            if (is != null) is.addPreLayoutPulseListener(catchUp);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    }

    /**
     * Sets what the diagrams need of the renderer; call it before the JavaFX toolkit starts. Marlin, the
     * rasteriser, clips a shape that crosses the clip to it and so shades a curve's anti-aliased fringe a few
     * levels apart from the same curve drawn whole: a rectangle a view repaints ({@link Repaint}) would then not
     * be, pixel for pixel, what a whole redraw gives. Without that clipping it is.
     */
    public static void beforeToolkit() {
        System.setProperty("prism.marlin.clip", "false");
    }

    /** Whether the backward flow is animated (off when {@code backprop.animations=false}). */
    public BooleanProperty animationsProperty() {
        return animations;
    }

    /** The items Tab walks through, in reading order (layer by layer, or node by node). */
    protected abstract List<Item> items();

    /** Whether the arrow keys now walk this diagram's items (so they do not step the pass). */
    public boolean walking() {
        return walking && isFocused() && model.getSelection() != null;
    }

    /** Draws the snapshot in layout coordinates onto a surface whose transform is the view's. */
    protected abstract void render(Surface surface, DiagramState state);

    /** The drawing's size and the graph-node name at a point, in layout coordinates; null while there is none. */
    protected abstract Layout<String> drawingLayout();

    /** The snapshot the view draws now. */
    public DiagramState state() {
        return DiagramState.of(model.getTrace(), model.getReveal(), model.getCursor(), model.getSelection(), pulse.get());
    }

    /**
     * Puts the frame on the canvas at the current size, zoom and pan. The frame is recorded first
     * ({@link DisplayList}) and compared with the one on the canvas: only the pixels of operations that changed
     * are repainted, since the canvas keeps its pixels between frames. A step, a nudge or the moving dot thus
     * repaints a few small rectangles rather than every line and label ({@link Repaint}).
     */
    @Override
    protected final void paint(GraphicsContext gc, double width, double height) {
        if (!showing()) { // another tab, or the other diagram maximised: painted when shown again
            stale = true;
            return;
        }
        stale = false;
        if (!recorded()) { // drawn straight onto the canvas, whole
            shown = null;
            super.paint(gc, width, height);
            return;
        }
        gc.setTransform(drawingTransform());
        DisplayList frame = new DisplayList(new CanvasSurface(gc), zoom, panX, panY);
        render(frame, state());
        shown = repaint.paint(canvas, frame, shown, isFocused());
    }

    /** Whether the view is in a scene and it and its ancestors are visible. */
    private boolean showing() {
        if (getScene() == null) return false;
        for (Node node = this; node != null; node = node.getParent()) if (!node.isVisible()) return false;
        return true;
    }

    /** The whole frame straight onto the canvas (a drawing not recorded). */
    @Override
    protected final void draw(GraphicsContext gc, double width, double height) {
        render(new CanvasSurface(gc), state());
    }

    @Override
    protected final void drawOver(GraphicsContext gc, double width, double height) {
        if (isFocused()) Repaint.focusFrame(gc, width, height);
    }

    /** Layout coordinates scaled by the zoom, then moved by the pan. */
    @Override
    protected final Affine drawingTransform() {
        return new Affine(zoom, 0, panX, 0, zoom, panY);
    }

    /** The whole canvas: a diagram draws its own frame when it has the keyboard. */
    @Override
    protected final boolean coversBorder() {
        return true;
    }

    /**
     * Whether frames are recorded and compared, to repaint only what changed (the default). A drawing of a
     * hundred thousand operations whose every step changes most of them is better drawn straight away.
     */
    protected boolean recorded() {
        return true;
    }
    /** Draws the current frame whole, as if the canvas showed nothing yet (tests compare it with a repaint). */
    void repaintWhole() {
        shown = null;
        redraw();
    }

    @Override
    protected void resized() {
        if (autoFit) fitTransform();
    }

    /** Scales the drawing to fill the view and keeps it fitted while the window is resized. */
    public void fit() {
        autoFit = true;
        fitTransform();
        redraw();
    }

    /**
     * Called by subclasses when the drawing changes ({@link #drawingLayout()} has a new one). With {@code refit} (a new
     * document) the view fits it again while it fits its drawing; without (the same drawing recomputed) the zoom
     * and pan stay.
     */
    protected void contentChanged(boolean refit) {
        if (refit && autoFit) fitTransform();
        redraw();
    }

    private void fitTransform() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) return;
        Layout<String> drawing = drawingLayout();
        double contentWidth = drawing == null ? PLACEHOLDER_WIDTH : drawing.width();
        double contentHeight = drawing == null ? PLACEHOLDER_HEIGHT : drawing.height();
        zoom = Math.min(2.0, Math.min(w / contentWidth, h / contentHeight));
        panX = (w - contentWidth * zoom) / 2;
        panY = (h - contentHeight * zoom) / 2;
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

    /** Zooms to {@code next} (1 = 100 %) around the view's centre. */
    public void zoomTo(double next) {
        zoomAt(next / zoom, getWidth() / 2, getHeight() / 2);
    }

    /** Moves the drawing by (dx, dy) pixels, as a drag on empty space does. */
    public void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        autoFit = false;
        editor.close();
        redraw();
    }

    private void zoomAt(double factor, double x, double y) {
        double next = Math.max(0.1, Math.min(8, zoom * factor));
        panX = x - (x - panX) * next / zoom;
        panY = y - (y - panY) * next / zoom;
        zoom = next;
        autoFit = false;
        editor.close();
        redraw();
    }

    /** A point of the drawing (layout coordinates) in this view's local coordinates. */
    public Point2D layoutToLocal(double x, double y) {
        return new Point2D(x * zoom + panX, y * zoom + panY);
    }

    private Optional<String> nameAt(double x, double y) {
        return hitAt(drawingLayout(), x, y);
    }

    private void onPressed(MouseEvent e) {
        requestFocus();
        walking = false;
        dragStart = nameAt(e.getX(), e.getY()).isEmpty() ? new Point2D(e.getX(), e.getY()) : null;
    }

    private void onDragged(MouseEvent e) {
        if (dragStart == null) return;
        double dx = e.getX() - dragStart.getX();
        double dy = e.getY() - dragStart.getY();
        dragStart = new Point2D(e.getX(), e.getY());
        panBy(dx, dy);
    }

    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        Optional<String> name = nameAt(e.getX(), e.getY());
        model.select(name.orElse(null));
        if (e.getClickCount() == 2 && name.isPresent() && model.isEditable(name.get())) {
            openEditor(name.get(), e.getX(), e.getY());
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.isControlDown()) {
            zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        } else {
            Optional<String> name = nameAt(e.getX(), e.getY());
            if (name.isPresent() && model.isEditable(name.get()) && e.getDeltaY() != 0) {
                double step = e.isShiftDown() ? 10 * NUDGE : NUDGE;
                model.select(name.get());
                model.nudge(name.get(), Math.signum(e.getDeltaY()) * step);
            } else {
                panBy(e.getDeltaX(), e.getDeltaY());
            }
        }
        e.consume();
    }

    /** Opens the in-place editor for a given number at a point of the view. */
    public void openEditor(String name, double x, double y) {
        editor.open(name, x, y, getWidth(), getHeight());
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() != this || e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
        boolean handled = switch (e.getCode()) {
            case TAB -> walkBy(e.isShiftDown() ? -1 : 1);
            case ESCAPE -> clearWalk();
            case ENTER -> editSelected();
            case LEFT -> walking() && move(-1, 0);
            case RIGHT -> walking() && move(1, 0);
            case UP -> !walking() || move(0, -1); // taken either way: the focus stays in the diagram
            case DOWN -> !walking() || move(0, 1);
            default -> false;
        };
        if (handled) e.consume();
    }

    /**
     * Selects the item {@code by} places after the selected one (the first or last when none is selected).
     * Past either end the selection clears and the focus may leave the diagram: returns false then.
     */
    private boolean walkBy(int by) {
        List<Item> items = selectable();
        int at = indexOfSelection(items);
        int next = at < 0 ? (by > 0 ? 0 : items.size() - 1) : at + by;
        if (next < 0 || next >= items.size()) {
            clearWalk();
            return false;
        }
        model.select(items.get(next).name());
        walking = true;
        return true;
    }

    /** Moves the selection to the nearest item in a direction (dx, dy); stays put when there is none. */
    private boolean move(double dx, double dy) {
        List<Item> items = selectable();
        int at = indexOfSelection(items);
        if (at < 0) return walkBy(1);
        Item from = items.get(at);
        items.stream().filter(i -> (i.x() - from.x()) * dx + (i.y() - from.y()) * dy > 1)
                .min(Comparator.comparingDouble(i -> {
                    double along = (i.x() - from.x()) * dx + (i.y() - from.y()) * dy;
                    double across = Math.abs((i.x() - from.x()) * dy - (i.y() - from.y()) * dx);
                    return along + 2 * across;
                }))
                .ifPresent(i -> model.select(i.name()));
        return true;
    }

    private boolean clearWalk() {
        boolean had = walking || model.getSelection() != null;
        walking = false;
        if (model.getSelection() != null) model.select(null);
        return had;
    }

    /** Opens the in-place editor on the selected item, when it is a given number. */
    private boolean editSelected() {
        String name = model.getSelection();
        if (name == null || !model.isEditable(name)) return false;
        Item item = items().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
        Point2D at = item == null ? new Point2D(getWidth() / 2, getHeight() / 2) : layoutToLocal(item.x(), item.y());
        openEditor(name, at.getX(), at.getY());
        return true;
    }

    /** The items the model accepts as a selection (a name of this trace or an editable number). */
    private List<Item> selectable() {
        return items().stream().filter(i -> model.getTrace().graph().find(i.name()).isPresent() || model.isEditable(i.name())).toList();
    }

    private int indexOfSelection(List<Item> items) {
        String selected = model.getSelection();
        if (selected == null) return -1;
        List<String> names = DiagramState.partners(selected);
        for (int i = 0; i < items.size(); i++) if (names.contains(items.get(i).name())) return i;
        return -1;
    }

    /** Updates the accessible text: which diagram, the step and its equation, the selection and its value. */
    private void describe() {
        int steps = model.stepCount();
        String step = model.currentStep()
                .map(s -> Messages.format("diagram.a11y.step", accessibleName, model.getCursor() + 1, steps,
                        s.equation().toText(NumberStyle.LECTURE)))
                .orElse(Messages.format("diagram.a11y.noStep", accessibleName, steps));
        String selected = model.getSelection();
        if (selected != null) {
            String value = model.editableValue(selected).isPresent()
                    ? NumberStyle.LECTURE.format(model.editableValue(selected).getAsDouble())
                    : model.getTrace().graph().find(selected).map(n -> state().value(n.id())).orElse("?");
            step = step + " " + Messages.format("diagram.a11y.selected", selected, value);
        }
        setAccessibleText(step);
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

    /** Text shown when the view has nothing to draw for this document. */
    protected static void placeholder(Surface surface, String key) {
        placeholderText(surface, Messages.get(key));
    }

    /** A placeholder's text, already localised. */
    protected static void placeholderText(Surface surface, String text) {
        surface.text(text, 300, 40, CanvasSurface.spec(Palette.NUMBER), CanvasSurface.rgba(Palette.MUTED), Align.CENTER);
    }
}
