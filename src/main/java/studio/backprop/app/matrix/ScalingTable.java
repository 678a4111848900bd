package studio.backprop.app.matrix;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.Styles;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.Scaling;
import studio.backprop.core.train.Trainer;

/**
 * Welch Labs' part 1 beside the matrices: for data that was scaled before training, each training sample's
 * raw values next to the scaled ones the network sees (raw ÷ divisor), and the network's output ŷ scaled
 * back into raw units (ŷ × divisor: an output of 0.82 is a score of 82). Hidden when the data is not scaled.
 */
final class ScalingTable extends VBox {
    static final String ID = "matrixScaling";
    private static final NumberStyle STYLE = NumberStyle.LECTURE;
    private final Label title = new Label();
    private final GridPane grid = new GridPane();

    ScalingTable() {
        super(4);
        setId(ID);
        title.getStyleClass().add(Styles.PANE_TITLE);
        grid.setHgap(18);
        grid.setVgap(2);
        getChildren().addAll(title, grid);
        show(null);
    }

    /** Shows the document's scaling, or hides the table when it has none (or is not a network). */
    void show(NetworkDocument document) {
        grid.getChildren().clear();
        Scaling scaling = document == null ? null : document.data().scaling();
        boolean shown = scaling != null && scaling.fits(document.network().size(0), document.network().size(document.network().layerCount() - 1));
        setVisible(shown);
        setManaged(shown);
        if (!shown) return;
        title.setText(Messages.get("matrix.scaling.title"));
        int column = 0;
        grid.add(header(Messages.get("matrix.scaling.sample")), column++, 0);
        for (int k = 0; k < scaling.inputCount(); k++) {
            grid.add(header(Messages.format("matrix.scaling.input", scaling.inputNames().get(k), STYLE.format(scaling.inputDivisor(k)))), column++, 0);
        }
        for (int k = 0; k < scaling.targetCount(); k++) {
            grid.add(header(Messages.format("matrix.scaling.target", scaling.targetNames().get(k), STYLE.format(scaling.targetDivisor(k)))), column++, 0);
            grid.add(header(Messages.format("matrix.scaling.output", scaling.targetNames().get(k), STYLE.format(scaling.targetDivisor(k)))), column++, 0);
        }
        List<Sample> train = document.data().train();
        double[][] outputs = Trainer.outputs(document.network(), train);
        for (int s = 0; s < train.size(); s++) {
            Sample sample = train.get(s);
            double[] rawIn = scaling.rawInputs(sample.inputs());
            double[] rawTarget = scaling.rawTargets(sample.targets());
            double[] rawOut = scaling.rawTargets(outputs[s]);
            column = 0;
            grid.add(cell(String.valueOf(s + 1), "matrixScaling-sample-" + s), column++, s + 1);
            for (int k = 0; k < scaling.inputCount(); k++) {
                grid.add(cell(pair(rawIn[k], sample.input(k)), "matrixScaling-input-" + s + "-" + k), column++, s + 1);
            }
            for (int k = 0; k < scaling.targetCount(); k++) {
                grid.add(cell(pair(rawTarget[k], sample.target(k)), "matrixScaling-target-" + s + "-" + k), column++, s + 1);
                grid.add(cell(STYLE.format(outputs[s][k]) + " → " + STYLE.format(rawOut[k]), "matrixScaling-output-" + s + "-" + k), column++, s + 1);
            }
        }
    }

    /** "raw → scaled". */
    private static String pair(double raw, double scaled) {
        return STYLE.format(raw) + " → " + STYLE.format(scaled);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.PANE_TITLE);
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    private static Label cell(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(Styles.MONO);
        return label;
    }
}
