package studio.backprop.app.classroom;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import studio.backprop.app.Messages;

/** Help → Keyboard shortcuts (F1) and Help → About. */
public final class HelpDialogs {
    /** Every key the window answers to, as message keys {@code classroom.key.N} in display order. */
    public static final int SHORTCUT_COUNT = 16;

    private HelpDialogs() { }

    /** The shortcut lines: "key — what it does". */
    public static List<String> shortcuts() {
        return java.util.stream.IntStream.rangeClosed(1, SHORTCUT_COUNT).mapToObj(i -> Messages.get("classroom.key." + i)).toList();
    }

    /** The shortcuts dialog. */
    public static Alert shortcutsDialog(Window owner) {
        return dialog(owner, Messages.get("classroom.shortcuts.title"), Messages.get("classroom.shortcuts.header"),
                String.join("\n", shortcuts()));
    }

    /** The about dialog: credits, the data's licence and the libraries' licences. */
    public static Alert aboutDialog(Window owner) {
        return dialog(owner, Messages.get("classroom.about.title"), Messages.get("classroom.about.header"),
                Messages.get("classroom.about.text").replace("\\n", "\n"));
    }

    private static Alert dialog(Window owner, String title, String header, String text) {
        TextArea area = new TextArea(text);
        area.setId("helpText");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(640, 420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        return alert;
    }
}
