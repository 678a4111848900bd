package studio.backprop.app.training;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.Styles;
import studio.backprop.core.problem.Choice;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.Schedule;

/** The Training tab's controls for the learning-rate schedule and early stopping; binds to a {@link Stopping}. */
final class StoppingSection extends VBox {
    private final Label refusal = new Label();

    StoppingSection(Stopping stopping) {
        super(4);
        setId("stoppingSection");
        ComboBox<Schedule.Kind> schedule = choice("trainSchedule", Schedule.Kind.values(), "training.schedule.");
        schedule.setValue(stopping.get().schedule());
        schedule.setOnAction(e -> stopping.setSchedule(schedule.getValue()));
        ComboBox<EarlyStopping.Measure> measure = choice("trainStopMeasure", EarlyStopping.Measure.values(), "training.stop.measure.");
        measure.setValue(stopping.get().measure());
        measure.setOnAction(e -> stopping.setMeasure(measure.getValue()));
        NumberField patience = new NumberField("trainPatience", stopping.settingsProperty(),
                () -> String.valueOf(stopping.get().patience()), text -> shown(stopping.setPatience(text)));
        NumberField validation = new NumberField("trainValidation", stopping.settingsProperty(),
                () -> String.valueOf(stopping.get().validationPercent()), text -> shown(stopping.setValidationPercent(text)));
        stopping.settingsProperty().addListener((o, was, is) -> {
            schedule.setValue(is.schedule());
            measure.setValue(is.measure());
        });
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, TrainingView.shortLabel("training.schedule", "training.schedule.hint"), schedule);
        grid.addRow(1, TrainingView.shortLabel("training.stop.patience", "training.stop.patience.hint"), patience);
        grid.addRow(2, TrainingView.shortLabel("training.stop.on", "training.stop.on.hint"), measure);
        grid.addRow(3, TrainingView.shortLabel("training.stop.validation", "training.stop.validation.hint"), validation);
        refusal.setId("stoppingRefusal");
        refusal.getStyleClass().add(Styles.ERROR_TEXT);
        refusal.setWrapText(true);
        refusal.setMaxWidth(280);
        getChildren().addAll(grid, refusal);
    }

    private EditResult shown(EditResult result) {
        refusal.setText(result.accepted() ? "" : result.message());
        return result;
    }

    /** Room a combo box needs beside its text: its padding and the arrow button. */
    private static final double ARROW_AND_PADDING = 48;

    /** A combo box of {@code values}, each shown by its name under {@code prefix}, wide enough for the longest. */
    private static <T extends Choice> ComboBox<T> choice(String id, T[] values, String prefix) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        double widest = 0;
        for (T value : values) widest = Math.max(widest, new Text(Messages.name(prefix, value)).getLayoutBounds().getWidth());
        box.setPrefWidth(Math.max(180, Math.ceil(widest) + ARROW_AND_PADDING)); // the longest choice, whole, in any language
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setConverter(Messages.names(prefix));
        return box;
    }
}
