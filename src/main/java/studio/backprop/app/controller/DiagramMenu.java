package studio.backprop.app.controller;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import studio.backprop.app.controller.Contribution.MenuName;
import studio.backprop.app.controller.Contribution.Place;
import studio.backprop.app.support.Messages;
import studio.backprop.app.view.MainView.Diagrams;
import studio.backprop.app.view.MainView;

/**
 * View → Diagrams: the network alone (Ctrl+1), the graph alone (Ctrl+2) or both side by side (Ctrl+3), the
 * same choice as the button in each diagram's header, so a lecturer with a clicker in one hand reaches it
 * from the keyboard and F1 lists it.
 */
public final class DiagramMenu implements Feature {
    private final MainView view;

    /** The choice of diagrams shown in {@code view}. */
    public DiagramMenu(MainView view) {
        this.view = view;
    }

    @Override
    public Contribution contribute() {
        Menu menu = new Menu(Messages.get("lead.diagrams.menu"));
        menu.setId("diagramsMenu");
        ToggleGroup group = new ToggleGroup();
        Map<Diagrams, RadioMenuItem> items = new EnumMap<>(Diagrams.class);
        item(items, group, Diagrams.NETWORK, "lead.diagrams.network", KeyCode.DIGIT1);
        item(items, group, Diagrams.GRAPH, "lead.diagrams.graph", KeyCode.DIGIT2);
        item(items, group, Diagrams.BOTH, "lead.diagrams.both", KeyCode.DIGIT3);
        items.get(view.shownProperty().get()).setSelected(true);
        view.shownProperty().addListener((o, was, is) -> items.get(is).setSelected(true));
        menu.getItems().addAll(items.values());
        return Contribution.builder().menu(MenuName.VIEW, Place.TOP, menu).build();
    }

    private void item(Map<Diagrams, RadioMenuItem> items, ToggleGroup group, Diagrams which, String key, KeyCode digit) {
        RadioMenuItem item = new RadioMenuItem(Messages.get(key));
        item.setId("diagrams-" + which.name().toLowerCase(Locale.ROOT));
        item.setToggleGroup(group);
        item.setAccelerator(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> view.shownProperty().set(which));
        items.put(which, item);
    }
}
