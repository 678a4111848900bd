package studio.backprop.app.view;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;
import studio.backprop.core.graph.NumberStyle;

/**
 * A diagram's in-place editor of a given number: a small text field over the canvas and, under it, why an
 * entry was refused. Enter commits through the model, Esc or leaving the field closes it; both give the focus
 * back to the diagram ({@code done}). It is not managed: the diagram places it where it was opened.
 */
final class NumberEditor extends VBox {
    private final StudioModel model;
    private final Runnable done;
    private final TextField field = new TextField();
    private final Label message = new Label();
    /** The name whose number is being edited, or null. */
    private String editing;

    NumberEditor(StudioModel model, Runnable done) {
        super(2);
        this.model = model;
        this.done = done;
        field.setId(Styles.EDIT_FIELD_ID);
        field.setPrefColumnCount(10);
        message.setId(Styles.EDIT_MESSAGE_ID);
        message.getStyleClass().add(Styles.ERROR_TEXT);
        message.setWrapText(true);
        message.setMaxWidth(280);
        setId(Styles.EDIT_POPUP_ID);
        getStyleClass().add(Styles.EDITOR_POPUP);
        getChildren().addAll(field, message);
        setManaged(false);
        setVisible(false);
        field.setOnAction(e -> commit());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                done.run();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && message.getText().isEmpty()) close();
        });
    }

    /** Opens on a given number at (x, y), kept inside a view of the given size. */
    void open(String name, double x, double y, double viewWidth, double viewHeight) {
        editing = name;
        field.setText(model.editableValue(name).isPresent() ? NumberStyle.LECTURE.format(model.editableValue(name).getAsDouble()) : "");
        field.setPromptText(name);
        message.setText("");
        message.setVisible(false);
        message.setManaged(false);
        setVisible(true);
        autosize();
        double w = Math.max(150, prefWidth(-1));
        resizeRelocate(Math.min(x, Math.max(0, viewWidth - w)), Math.min(y, Math.max(0, viewHeight - 70)), w, prefHeight(w));
        field.requestFocus();
        field.selectAll();
    }

    private void commit() {
        if (editing == null) return;
        EditResult result = model.edit(editing, field.getText());
        if (result.accepted()) {
            close();
            done.run();
        } else {
            message.setText(result.message());
            message.setVisible(true);
            message.setManaged(true);
            double w = Math.max(150, prefWidth(-1));
            resize(w, prefHeight(w));
        }
    }

    /** Closes the editor, leaving the number as it is. */
    void close() {
        editing = null;
        message.setText("");
        setVisible(false);
    }
}
