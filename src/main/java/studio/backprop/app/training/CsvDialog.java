package studio.backprop.app.training;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.backprop.app.support.Messages;
import studio.backprop.core.data.CsvTable;

/**
 * Imports a small CSV data set: a file chooser, then one row per column with an input and a target check
 * box (by default every column but the last is an input and the last is the target), and the share of rows
 * held out for testing. Problems (a bad row names its line) appear in the tab's problem line.
 */
final class CsvDialog {
    private CsvDialog() { }

    /** Asks for a file and its columns, and hands the choice to the setup (the file is read in the background). */
    static void show(Window owner, TrainingSetup setup) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("training.csv.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("training.csv.files"), "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) return;
        String name = file.getName().replaceFirst("(?i)\\.csv$", "");
        setup.readCsv(file.toPath()).thenAccept(read -> read.ifPresent(table -> choose(owner, setup, table, name)));
    }

    private static void choose(Window owner, TrainingSetup setup, CsvTable table, String name) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.addRow(0, new Label(Messages.get("training.csv.column")), new Label(Messages.get("training.csv.input")),
                new Label(Messages.get("training.csv.target")));
        List<CheckBox> inputs = new ArrayList<>();
        List<CheckBox> targets = new ArrayList<>();
        List<String> header = table.header();
        for (int c = 0; c < header.size(); c++) {
            CheckBox input = new CheckBox();
            input.setSelected(c < header.size() - 1);
            CheckBox target = new CheckBox();
            target.setSelected(c == header.size() - 1);
            input.selectedProperty().addListener((o, was, is) -> { if (is) target.setSelected(false); });
            target.selectedProperty().addListener((o, was, is) -> { if (is) input.setSelected(false); });
            inputs.add(input);
            targets.add(target);
            grid.addRow(c + 1, new Label(header.get(c)), input, target);
        }
        TextField test = new TextField("0");
        test.setPrefColumnCount(4);
        GridPane testRow = new GridPane();
        testRow.setHgap(8);
        testRow.addRow(0, new Label(Messages.get("training.data.test")), test);
        ScrollPane columns = new ScrollPane(grid);
        columns.setPrefViewportHeight(Math.min(320, 26.0 * (header.size() + 1)));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("training.csv.title"));
        dialog.getDialogPane().setContent(new VBox(8,
                new Label(Messages.format("training.csv.header", name, table.rows().size())), columns, testRow));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> {
            List<String> in = new ArrayList<>();
            List<String> out = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (inputs.get(c).isSelected()) in.add(header.get(c));
                if (targets.get(c).isSelected()) out.add(header.get(c));
            }
            setup.importCsv(table, name, in, out, test.getText());
        });
    }
}
