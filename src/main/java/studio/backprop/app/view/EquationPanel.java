package studio.backprop.app.view;

import java.util.List;
import java.util.stream.IntStream;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.nn.PublishedCheck;
import studio.backprop.rendering.TexImages;

/**
 * The current step's equation typeset with JLaTeXMath, where a gradient is a sum over paths each path's
 * share, and the equation's plain-text form (selectable, for copying). Whatever the step, the panel takes
 * only the height it is given: the typeset equation scales down to fit, the notes scroll, so the diagrams
 * above it keep their size from step to step. Large (presenter mode), the equation is typeset at
 * {@link #LARGE_TEX_SIZE} and the plain text hides.
 */
public final class EquationPanel extends Region {
    /** Font size of the typeset equation. */
    public static final float TEX_SIZE = TexImages.TEX_SIZE;
    /** Font size of the typeset equation in presenter mode. */
    public static final float LARGE_TEX_SIZE = 46f;
    /** The most of the panel's height the notes (paths, erratum) take from the equation; beyond it they scroll. */
    public static final double NOTES_SHARE = 0.4;
    private static final double GAP = 4;
    /** How many steps ahead of the cursor are typeset in the background. */
    private static final int AHEAD = 3;

    private final StudioModel model;
    private final ImageView image = new ImageView();
    private final TextArea text = new TextArea();
    private final Label paths = new Label();
    private final Label erratum = new Label();
    private final VBox notes = new VBox(2, paths, erratum);
    private final ScrollPane notesScroll = new ScrollPane(notes);
    /** Typesets the next steps' equations in the background, so stepping on does not wait for JLaTeXMath. */
    private final LatestWins<Void> ahead = new LatestWins<>("equations-ahead");
    private boolean large;
    private float texSize = TEX_SIZE;

    public EquationPanel(StudioModel model) {
        this.model = model;
        initGraphics();
        registerListeners();
        update();
    }

    private void initGraphics() {
        getStyleClass().add(Styles.EQUATION);
        image.setId(Styles.EQUATION_IMAGE_ID);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        text.setId(Styles.EQUATION_TEXT_ID);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(1);
        text.getStyleClass().add(Styles.MONO);
        paths.setId(Styles.PATHS_TEXT_ID);
        paths.setWrapText(true);
        erratum.setId("erratumNote");
        erratum.getStyleClass().add("erratum-note");
        erratum.setWrapText(true);
        notesScroll.setId(Styles.EQUATION_NOTES_ID);
        notesScroll.setFitToWidth(true);
        notesScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        notesScroll.getStyleClass().add("equation-notes");
        getChildren().addAll(image, notesScroll, text);
        setMinHeight(40);
        setPadding(new Insets(0, 2, 0, 2));
    }

    private void registerListeners() {
        model.cursorProperty().addListener(o -> update());
        model.traceProperty().addListener(o -> update());
    }

    /** Presenter mode: the equation typeset larger, the plain text hidden. */
    public void setLarge(boolean large) {
        if (this.large == large) return;
        this.large = large;
        texSize = large ? LARGE_TEX_SIZE : TEX_SIZE;
        text.setVisible(!large);
        update();
    }

    /** On a dark background the typeset equation (black ink) is drawn white. */
    public void setDarkBackground(boolean dark) {
        image.setEffect(dark ? new ColorAdjust(0, 0, 1, 0) : null);
    }

    /** The typeset equation's font size on screen: the size it is set at times the scale it is shown at. */
    public double shownTexSize() {
        Image shown = image.getImage();
        if (shown == null || shown.getWidth() <= 0) return 0;
        return texSize * image.getLayoutBounds().getWidth() / shown.getWidth();
    }

    private void update() {
        Step step = model.currentStep().orElse(null);
        if (step == null) {
            image.setImage(null);
            text.setText(Messages.get("equation.none"));
            paths.setText("");
            erratum.setText("");
            requestLayout();
            return;
        }
        text.setText(step.equation().toText(NumberStyle.LECTURE));
        try {
            image.setImage(SwingFXUtils.toFXImage(TexImages.render(step.equation().toLatex(NumberStyle.LECTURE), texSize), null));
        } catch (RuntimeException e) {
            image.setImage(null);
        }
        typesetAhead(model.getTrace(), step.index());
        paths.setText(describePaths(model.getTrace(), step.paths()));
        erratum.setText(erratumNote(model.getTrace(), step));
        notesScroll.setVvalue(0);
        requestLayout();
    }

    /** Typesets the {@link #AHEAD} steps after {@code index} (and the one before) off the JavaFX thread. */
    private void typesetAhead(Trace trace, int index) {
        List<Step> steps = trace.steps();
        float size = texSize;
        List<String> next = IntStream.rangeClosed(index - 1, index + AHEAD)
                .filter(i -> i >= 0 && i < steps.size() && i != index)
                .mapToObj(i -> steps.get(i).equation().toLatex(NumberStyle.LECTURE)).toList();
        ahead.submit(stale -> {
            for (String latex : next) {
                if (stale.getAsBoolean()) break;
                TexImages.warm(List.of(latex), size);
            }
            return null;
        }, done -> { }, failed -> { });
    }

    /**
     * Lays out top to bottom: the typeset equation, scaled down to fit what the notes and the plain text
     * leave; the notes, up to {@link #NOTES_SHARE} of the height (they scroll beyond it); the plain text.
     */
    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double width = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double height = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double textHeight = text.isVisible() ? text.prefHeight(width) : 0;
        text.setManaged(text.isVisible());
        boolean hasNotes = !paths.getText().isEmpty() || !erratum.getText().isEmpty();
        notesScroll.setVisible(hasNotes);
        double notesWanted = hasNotes ? notes.prefHeight(width - 16) + 4 : 0;
        double notesLeast = hasNotes ? Math.min(notesWanted, paths.getFont().getSize() * 1.6 + 4) : 0;
        double free = Math.max(0, height - textHeight - (textHeight > 0 ? GAP : 0) - (hasNotes ? GAP : 0));
        // the equation first, down to what leaves the notes one line; the notes take what remains and scroll
        double imageArea = Math.max(Math.min(free, free * (1 - NOTES_SHARE)), free - notesLeast);
        Image shown = image.getImage();
        double imageHeight = 0;
        if (shown != null && shown.getWidth() > 0 && shown.getHeight() > 0) {
            double scale = Math.min(1, Math.min(width / shown.getWidth(), imageArea / shown.getHeight()));
            image.setFitWidth(Math.max(1, shown.getWidth() * scale));
            imageHeight = shown.getHeight() * scale;
            image.relocate(x, y);
        }
        double notesHeight = Math.max(0, Math.min(notesWanted, free - imageHeight));
        double notesY = y + (shown == null ? 0 : imageHeight + GAP);
        notesScroll.resizeRelocate(x, notesY, width, notesHeight);
        if (textHeight > 0) text.resizeRelocate(x, y + height - textHeight, width, textHeight);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        Image shown = image.getImage();
        double w = width > 0 ? width : 600;
        return in.getTop() + in.getBottom() + (shown == null ? 0 : shown.getHeight() + GAP)
                + notes.prefHeight(w) + GAP + (text.isVisible() ? text.prefHeight(w) : 0);
    }

    @Override
    protected double computeMinHeight(double width) {
        return getMinHeight();
    }

    /** When the pass is the lecture's and the lecture prints this step's figure differently: why; else empty. */
    public static String erratumNote(Trace trace, Step step) {
        return PublishedCheck.erratumAt(step)
                .filter(e -> PublishedCheck.check(trace, LectureNumbers.published()).agrees())
                .map(e -> Messages.format("classroom.erratum.note", e.printed(), NumberStyle.LECTURE.format(step.equation().result()),
                        e.explanation()))
                .orElse("");
    }

    /** "Sum over 2 paths: 1: via net_o1 0.138498562 · 0.4 = 0.055399425; 2: …", or empty. */
    public static String describePaths(Trace trace, List<Contribution> contributions) {
        if (contributions.isEmpty()) return "";
        Graph graph = trace.graph();
        StringBuilder out = new StringBuilder(Messages.format("equation.paths", contributions.size()));
        double sum = 0;
        for (int k = 0; k < contributions.size(); k++) {
            Contribution c = contributions.get(k);
            sum += c.product();
            out.append("\n").append(Messages.format("equation.path", k + 1, graph.node(c.consumer()).name(),
                    NumberStyle.LECTURE.format(c.upstream()), NumberStyle.LECTURE.operand(c.local()),
                    NumberStyle.LECTURE.format(c.product())));
        }
        out.append("\n").append(Messages.format("equation.pathSum", NumberStyle.LECTURE.format(sum)));
        return out.toString();
    }
}
