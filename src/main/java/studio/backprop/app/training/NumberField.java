package studio.backprop.app.training;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.TextField;
import studio.backprop.app.model.EditResult;

/**
 * A text field for one setting: it shows the model's value, and on Enter or when it loses focus hands the
 * typed text to the model's setter; a refused text is replaced by the value in force (the model shows why).
 */
final class NumberField extends TextField {
    NumberField(String id, Observable value, Supplier<String> shown, Function<String, EditResult> setter) {
        setId(id);
        setPrefColumnCount(5);
        setText(shown.get());
        value.addListener(o -> setText(shown.get()));
        setOnAction(e -> commit(shown, setter));
        focusedProperty().addListener((o, was, is) -> {
            if (!is) commit(shown, setter);
        });
    }

    private void commit(Supplier<String> shown, Function<String, EditResult> setter) {
        if (getText().equals(shown.get())) return;
        if (!setter.apply(getText()).accepted()) setText(shown.get());
    }
}
