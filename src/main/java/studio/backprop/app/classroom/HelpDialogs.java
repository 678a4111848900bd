package studio.backprop.app.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import studio.backprop.app.support.Messages;

/**
 * Help → Keyboard shortcuts (F1) and Help → About. The shortcut list is read from the menus' own
 * accelerators, so it names every menu key the window has and cannot drift from them; the keys that no menu
 * item carries (the clicker's, the mouse's) follow, from the messages.
 */
public final class HelpDialogs {
    /** The keys no menu item carries, as message keys in display order. */
    public static final List<String> OTHER_KEYS = List.of("classroom.key.1", "classroom.key.2", "classroom.key.3",
            "classroom.key.4", "hallA.key.f11", "classroom.key.6", "classroom.key.9", "hallA.key.redo", "classroom.key.12",
            "classroom.key.13", "classroom.key.14", "classroom.key.15", "classroom.key.16", "lead.key.tab", "lead.key.arrows",
            "lead.key.enter");

    private HelpDialogs() { }

    /** The shortcut lines, "key — what it does": the menus' accelerators, then the other keys. */
    public static List<String> shortcuts(MenuBar menus) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("hallA.shortcuts.menus"));
        for (Menu menu : menus.getMenus()) addAccelerators(menu, menu.getText(), lines);
        lines.add("");
        lines.add(Messages.get("hallA.shortcuts.other"));
        lines.addAll(otherKeys());
        return lines;
    }

    /** The keys no menu item carries: stepping, presenter mode's extra keys, editing and the mouse. */
    public static List<String> otherKeys() {
        return OTHER_KEYS.stream().map(Messages::get).toList();
    }

    private static void addAccelerators(Menu menu, String path, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            String where = path + " → " + item.getText();
            if (item instanceof Menu sub) addAccelerators(sub, where, lines);
            else if (item.getAccelerator() != null) {
                lines.add(Messages.format("hallA.shortcuts.line", item.getAccelerator().getDisplayText(), where));
            }
        }
    }

    /** The shortcuts dialog for the window whose menus are {@code menus}. */
    public static Alert shortcutsDialog(Window owner, MenuBar menus) {
        return dialog(owner, Messages.get("classroom.shortcuts.title"), Messages.get("classroom.shortcuts.header"),
                String.join("\n", shortcuts(menus)));
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
