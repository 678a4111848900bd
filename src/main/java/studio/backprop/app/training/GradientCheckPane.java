package studio.backprop.app.training;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import studio.backprop.app.support.Messages;
import studio.backprop.core.train.GradientCheck;

/**
 * The gradient check: back-propagation's ∂E/∂p against central differences for every parameter, with the
 * relative error and pass or fail. The check runs on a background thread in the model.
 */
public final class GradientCheckPane extends VBox {
    private final TableView<GradientCheck.Row> table = new TableView<>();
    private final Label summary = new Label();

    public GradientCheckPane(NetworkInspection model) {
        super(4);
        setId("gradientCheck");
        Button run = new Button(Messages.get("training.check.run"));
        run.setId("checkGradients");
        run.setOnAction(e -> model.checkGradients());
        run.disableProperty().bind(model.checkingProperty());
        run.setMinWidth(Region.USE_PREF_SIZE);
        summary.setWrapText(true);
        HBox top = new HBox(8, run, summary);
        HBox.setHgrow(summary, Priority.ALWAYS);
        table.setId("gradientTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("training.check.name", GradientCheck.Row::name));
        table.getColumns().add(column("training.check.analytic", r -> TrainingModel.format(r.analytic())));
        table.getColumns().add(column("training.check.numeric", r -> TrainingModel.format(r.numeric())));
        table.getColumns().add(column("training.check.relative", r -> TrainingModel.format(r.relativeError())));
        table.getColumns().add(column("training.check.pass",
                r -> Messages.get(r.pass() ? "training.check.yes" : "training.check.no")));
        table.setPlaceholder(new Label(Messages.get("training.check.title")));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
        model.checkingProperty().addListener((o, was, is) -> {
            if (is) summary.setText(Messages.get("training.check.running"));
        });
        model.gradientReportProperty().addListener((o, was, report) -> show(report));
    }

    private void show(GradientCheck.Report report) {
        if (report == null) {
            table.getItems().clear();
            summary.setText("");
            return;
        }
        table.getItems().setAll(report.rows());
        long passed = report.rows().stream().filter(GradientCheck.Row::pass).count();
        GradientCheck.Row worst = report.worst();
        summary.setText(Messages.format("training.check.summary", passed, report.rows().size(),
                TrainingModel.format(worst.relativeError()), worst.name()));
    }

    /** Room around a column header's text: the header's padding and the column's resize handles. */
    private static final double HEADER_PADDING = 22;

    private static TableColumn<GradientCheck.Row, String> column(String key, Function<GradientCheck.Row, String> text) {
        TableColumn<GradientCheck.Row, String> column = new TableColumn<>(Messages.get(key));
        Text header = new Text(column.getText());
        header.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        column.setMinWidth(Math.ceil(header.getLayoutBounds().getWidth()) + HEADER_PADDING); // never "param..."
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
