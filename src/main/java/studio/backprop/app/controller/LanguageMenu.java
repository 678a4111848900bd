package studio.backprop.app.controller;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import studio.backprop.app.support.Language;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.view.MainView;

/** View → Language: one item per supported language; choosing one saves it for the next start. */
public final class LanguageMenu {
    private LanguageMenu() { }

    /** The menu, its items reporting to the window's status line. */
    public static Menu create(MainView view) {
        Menu menu = new Menu(Messages.get("language.menu"));
        menu.setId("languageMenu");
        ToggleGroup group = new ToggleGroup();
        Locale active = Messages.bundle().getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : Messages.bundle().getLocale();
        for (Locale locale : Language.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(Language.nameOf(locale));
            item.setId("language-" + locale.toLanguageTag());
            item.setToggleGroup(group);
            item.setSelected(locale.getLanguage().equals(active.getLanguage()));
            item.setOnAction(e -> choose(view, locale));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static void choose(MainView view, Locale locale) {
        Path dir = StudioDirs.configDir();
        try {
            Language.save(dir, locale);
            view.showStatus(Messages.format("language.saved", Language.nameOf(locale)));
        } catch (IOException | RuntimeException notSaved) {
            view.showError(Messages.format("language.notSaved", dir.resolve(Language.SETTINGS_FILE),
                    Problems.text(notSaved)));
        }
    }
}
