package studio.backprop.app.classroom;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import studio.backprop.app.export.Handout;
import studio.backprop.app.export.Worksheet;
import studio.backprop.app.model.QuizModel;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.view.MainView;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;

/**
 * The classroom features plugged into the window: presenter mode and themes, quiz mode, the known-answer
 * badge, handout and worksheet export, and the help dialogs. {@link #install} must run before the
 * stepping keys are installed, so that quiz mode sees the forward keys first.
 */
public final class Classroom {
    private final Presenter presenter;
    private final QuizModel quiz;

    private Classroom(Presenter presenter, QuizModel quiz) {
        this.presenter = presenter;
        this.quiz = quiz;
    }

    /** Presenter mode and themes. */
    public Presenter presenter() { return presenter; }

    /** The quiz. */
    public QuizModel quiz() { return quiz; }

    /** Adds the classroom menus, keys, quiz bar and badge to a window's scene whose root is {@code view}. */
    public static Classroom install(Scene scene, MainView view, StudioModel model) {
        Presenter presenter = new Presenter(scene, view);
        QuizModel quiz = new QuizModel(model);
        Classroom classroom = new Classroom(presenter, quiz);
        keepTheme(presenter, view);
        Node status = view.getBottom();
        HBox statusRow = new HBox(8, status, new KnownAnswerBadge(model));
        statusRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        view.setBottom(new VBox(new QuizBar(quiz), statusRow));
        view.getStylesheets().add(Classroom.class.getResource("/studio/backprop/app/classroom.css").toExternalForm());
        classroom.addMenus(scene, view, model);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean inText = e.getTarget() instanceof TextInputControl text && text.isEditable();
            boolean clicker = e.getCode() == KeyCode.PAGE_DOWN;
            boolean forward = clicker || e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.SPACE;
            if (!forward || e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
            boolean emptyGuess = e.getTarget() instanceof TextInputControl field && "quizGuess".equals(field.getId())
                    && (clicker || field.getText().isEmpty());
            if (inText && !emptyGuess) return; // in the guess field → moves the caret once something is typed
            if (quiz.forward()) e.consume();
        });
        scene.addEventFilter(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Node node && "stepForward".equals(node.getId()) && quiz.forward()) e.consume();
        });
        scene.getProperties().put(Classroom.class, classroom);
        return classroom;
    }

    /** Starts with the theme chosen last time and keeps each choice for the next start. */
    private static void keepTheme(Presenter presenter, MainView view) {
        Path dir = StudioDirs.configDir();
        ThemeSettings.saved(dir).ifPresent(presenter.themeProperty()::set);
        presenter.themeProperty().addListener((o, was, is) -> {
            try {
                ThemeSettings.save(dir, is);
            } catch (java.io.IOException | RuntimeException notSaved) {
                view.showError(Messages.format("hallA.theme.notSaved", dir.resolve(ThemeSettings.SETTINGS_FILE),
                        Problems.text(notSaved)));
            }
        });
    }

    /** The classroom installed on a scene, if any. */
    public static Optional<Classroom> of(Scene scene) {
        return Optional.ofNullable((Classroom) scene.getProperties().get(Classroom.class));
    }

    private void addMenus(Scene scene, MainView view, StudioModel model) {
        CheckMenuItem presenterItem = new CheckMenuItem(Messages.get("classroom.menu.presenter"));
        presenterItem.setId("presenterItem");
        presenterItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presenterItem.selectedProperty().addListener((o, was, is) -> {
            if (is != presenter.isActive()) presenter.toggle();
        });
        presenter.activeProperty().addListener((o, was, is) -> presenterItem.setSelected(is));
        Menu themes = new Menu(Messages.get("classroom.menu.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(theme.messageKey()));
            item.setId("theme-" + theme.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(theme == presenter.themeProperty().get());
            item.setOnAction(e -> presenter.themeProperty().set(theme));
            presenter.themeProperty().addListener((o, was, is) -> item.setSelected(is == theme));
            themes.getItems().add(item);
        }
        CheckMenuItem quizItem = new CheckMenuItem(Messages.get("classroom.menu.quiz"));
        quizItem.setId("quizItem");
        quizItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCodeCombination.SHORTCUT_DOWN));
        quizItem.selectedProperty().bindBidirectional(quiz.enabledProperty());
        view.viewMenu().getItems().addAll(new SeparatorMenuItem(), presenterItem, themes, quizItem);

        MenuItem handout = new MenuItem(Messages.get("classroom.menu.handout"));
        handout.setId("handoutItem");
        handout.setOnAction(e -> exportHandout(scene, view, model));
        MenuItem worksheet = new MenuItem(Messages.get("classroom.menu.worksheet"));
        worksheet.setId("worksheetItem");
        worksheet.setOnAction(e -> exportWorksheet(scene, view));
        view.fileMenu().getItems().addAll(handout, worksheet);

        MenuItem shortcuts = new MenuItem(Messages.get("classroom.menu.shortcuts"));
        shortcuts.setId("shortcutsItem");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> HelpDialogs.shortcutsDialog(scene.getWindow(), view.menuBar()).show());
        MenuItem about = new MenuItem(Messages.get("classroom.menu.about"));
        about.setId("aboutItem");
        about.setOnAction(e -> HelpDialogs.aboutDialog(scene.getWindow()).show());
        view.helpMenu().getItems().addAll(shortcuts, about);
    }

    private static void exportHandout(Scene scene, MainView view, StudioModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("classroom.handout.title"));
        FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter(Messages.get("classroom.handout.markdown"), "*.md");
        FileChooser.ExtensionFilter latex = new FileChooser.ExtensionFilter(Messages.get("classroom.handout.latex"), "*.tex");
        chooser.getExtensionFilters().addAll(markdown, latex);
        chooser.setInitialFileName("handout.md");
        File file = chooser.showSaveDialog(scene.getWindow());
        if (file == null) return;
        Handout.Format format = file.getName().toLowerCase(Locale.ROOT).endsWith(".tex") || chooser.getSelectedExtensionFilter() == latex
                ? Handout.Format.LATEX : Handout.Format.MARKDOWN;
        Document document = model.getDocument();
        Trace trace = model.getTrace();
        String title = document instanceof NetworkDocument network ? network.name()
                : ((ExpressionDocument) document).source();
        inBackground(view, file.toPath(), () -> Handout.write(document, trace, title, format, file.toPath(), false));
    }

    private static void exportWorksheet(Scene scene, MainView view) {
        TextInputDialog seedDialog = new TextInputDialog(String.valueOf(ThreadLocalRandom.current().nextInt(1, 10_000)));
        seedDialog.initOwner(scene.getWindow());
        seedDialog.setTitle(Messages.get("classroom.worksheet.title"));
        seedDialog.setHeaderText(Messages.get("classroom.worksheet.seed"));
        Optional<String> seedText = seedDialog.showAndWait();
        if (seedText.isEmpty()) return;
        long seed;
        try {
            seed = Long.parseLong(seedText.get().strip());
        } catch (NumberFormatException e) {
            view.showError(Messages.format("classroom.worksheet.badSeed", seedText.get().strip()));
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("classroom.worksheet.folder"));
        File folder = chooser.showDialog(scene.getWindow());
        if (folder == null) return;
        inBackground(view, folder.toPath(), () -> Worksheet.write(seed, folder.toPath()));
    }

    /** Something that writes files and may fail with an I/O error. */
    private interface Writing {
        List<Path> write() throws java.io.IOException;
    }

    /** Runs the writing off the JavaFX thread (the pictures come back to it) and reports on the status line. */
    private static void inBackground(MainView view, Path target, Writing writing) {
        view.showStatus(Messages.format("classroom.export.working", target));
        Thread worker = new Thread(() -> {
            try {
                List<Path> written = writing.write();
                String done = Messages.format("classroom.export.done", target, written.size());
                Platform.runLater(() -> view.showStatus(done));
            } catch (java.io.IOException | RuntimeException e) {
                String failed = Messages.format("classroom.export.failed", target,
                        Problems.text(e));
                Platform.runLater(() -> view.showError(failed));
            }
        }, "classroom-export");
        worker.setDaemon(true);
        worker.start();
    }
}
