package studio.backprop.app.controller;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * What one {@link Feature} adds to the window. The composition root collects every feature's contribution
 * and assembles them: menu items go to their menu's top or bottom in the order the features are listed,
 * scene filters run phase by phase ({@link Phase#INTERCEPT} before {@link Phase#COMMAND}) whatever the
 * features' order, accelerators join the scene's, and status parts go above or beside the status line.
 *
 * @param menuItems   items per menu and place
 * @param filters     scene event filters with the phase they run in
 * @param accelerators keys that run a command and belong to no menu item
 * @param status      what goes above the status line (the quiz bar) or beside it (the known-answer badge)
 */
public record Contribution(List<MenuEntry> menuItems, List<Filter<?>> filters, Map<KeyCombination, Runnable> accelerators,
                           List<Status> status) {
    /** The window's menus a feature can add to. */
    public enum MenuName { FILE, EDIT, VIEW, HELP }

    /** Where in its menu an item goes: above the menu's own items, or below them. */
    public enum Place { TOP, BOTTOM }

    /**
     * When a scene filter runs: every {@code INTERCEPT} filter (quiz mode taking "forward" to ask first) before
     * every {@code COMMAND} filter (the stepping keys), whichever feature is asked first.
     */
    public enum Phase { INTERCEPT, COMMAND }

    /** Items added to one menu. */
    public record MenuEntry(MenuName menu, Place place, List<MenuItem> items) {
        public MenuEntry {
            items = List.copyOf(items);
        }
    }

    /** Where a status contribution goes: a bar above the status line, or a part beside it. */
    public enum StatusPlace { ABOVE, BESIDE }

    /** A node shown with the status line. */
    public record Status(StatusPlace place, Node node) { }

    /** A scene event filter and its phase. */
    public record Filter<T extends Event>(Phase phase, EventType<T> type, EventHandler<? super T> handler) { }

    public Contribution {
        menuItems = List.copyOf(menuItems);
        filters = List.copyOf(filters);
        accelerators = Map.copyOf(accelerators);
        status = List.copyOf(status);
    }

    /** A contribution being put together. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a contribution's parts. */
    public static final class Builder {
        private final List<MenuEntry> menuItems = new ArrayList<>();
        private final List<Filter<?>> filters = new ArrayList<>();
        private final Map<KeyCombination, Runnable> accelerators = new LinkedHashMap<>();
        private final List<Status> status = new ArrayList<>();

        private Builder() { }

        public Builder menu(MenuName menu, Place place, MenuItem... items) {
            menuItems.add(new MenuEntry(menu, place, List.of(items)));
            return this;
        }

        public <T extends Event> Builder filter(Phase phase, EventType<T> type, EventHandler<? super T> handler) {
            filters.add(new Filter<>(phase, type, handler));
            return this;
        }

        public Builder accelerator(KeyCombination key, Runnable command) {
            accelerators.put(key, command);
            return this;
        }

        public Builder statusBar(Node bar) {
            status.add(new Status(StatusPlace.ABOVE, bar));
            return this;
        }

        public Builder statusPart(Node part) {
            status.add(new Status(StatusPlace.BESIDE, part));
            return this;
        }

        public Contribution build() {
            return new Contribution(menuItems, filters, accelerators, status);
        }
    }
}
