package studio.backprop.app.view;

import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import studio.backprop.app.Messages;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.graph.Contribution;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.nn.PublishedCheck;

/**
 * The current step's equation typeset with JLaTeXMath, its plain-text form (selectable, for copying)
 * and, where a gradient is a sum over paths, each path's share.
 */
public final class EquationPanel extends VBox {
    /** Font size of the typeset equation. */
    public static final float TEX_SIZE = 22f;

    private final StudioModel model;
    private final ImageView image = new ImageView();
    private final TextArea text = new TextArea();
    private final Label paths = new Label();
    private final Label erratum = new Label();

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
        text.setId(Styles.EQUATION_TEXT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(1);
        text.setMaxHeight(60);
        text.getStyleClass().add(Styles.MONO);
        paths.setId(Styles.PATHS_TEXT_ID);
        paths.setWrapText(true);
        paths.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        setSpacing(4);
        erratum.setId("erratumNote");
        erratum.getStyleClass().add("erratum-note");
        erratum.setWrapText(true);
        erratum.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(image, paths, erratum, text);
    }

    private void registerListeners() {
        widthProperty().addListener(o -> fitImage());
        model.cursorProperty().addListener(o -> update());
        model.traceProperty().addListener(o -> update());
    }

    private void update() {
        Step step = model.currentStep().orElse(null);
        if (step == null) {
            image.setImage(null);
            text.setText(Messages.get("equation.none"));
            paths.setText("");
            erratum.setText("");
            return;
        }
        text.setText(step.equation().toText(NumberStyle.LECTURE));
        try {
            image.setImage(SwingFXUtils.toFXImage(TexImages.render(step.equation().toLatex(NumberStyle.LECTURE), TEX_SIZE), null));
            fitImage();
        } catch (RuntimeException e) {
            image.setImage(null);
        }
        paths.setText(describePaths(model.getTrace(), step.paths()));
        erratum.setText(erratumNote(model.getTrace(), step));
    }

    /** When the pass is the lecture's and the lecture prints this step's figure differently: why; else empty. */
    public static String erratumNote(Trace trace, Step step) {
        return PublishedCheck.erratumAt(step)
                .filter(e -> PublishedCheck.check(trace, LectureNumbers.published()).agrees())
                .map(e -> Messages.format("classroom.erratum.note", e.printed(), NumberStyle.LECTURE.format(step.equation().result()),
                        e.explanation()))
                .orElse("");
    }

    /** Shows the equation at its natural size, shrunk to the panel's width when it is wider. */
    private void fitImage() {
        if (image.getImage() == null) return;
        double available = getWidth() - 8;
        image.setFitWidth(available > 0 ? Math.min(image.getImage().getWidth(), available) : image.getImage().getWidth());
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
