package studio.backprop.app.classroom;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javafx.event.ActionEvent;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import studio.backprop.app.controller.Contribution.MenuName;
import studio.backprop.app.controller.Contribution.Phase;
import studio.backprop.app.controller.Contribution.Place;
import studio.backprop.app.controller.Contribution;
import studio.backprop.app.controller.Feature;
import studio.backprop.app.export.Handout;
import studio.backprop.app.export.Worksheet;
import studio.backprop.app.model.QuizModel;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.view.MainView;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.text.HandoutWriter;

/**
 * The classroom features of the window, as one {@link Feature}: presenter mode and themes, quiz mode, the
 * known-answer badge, handout and worksheet export, and the help dialogs. Quiz mode takes the forward keys
 * in the {@link Phase#INTERCEPT} phase, so it asks before the stepping keys step, whichever feature the
 * composition root asks first.
 */
public final class Classroom implements Feature {
    private final Scene scene;
    private final MainView view;
    private final StudioModel model;
    private final Presenter presenter;
    private final QuizModel quiz;

    /** The classroom of the window whose scene is {@code scene} and whose root is {@code view}. */
    public Classroom(Scene scene, MainView view, StudioModel model) {
        this.scene = scene;
        this.view = view;
        this.model = model;
        this.presenter = new Presenter(scene, view);
        this.quiz = new QuizModel(model);
        keepTheme(presenter, view);
        view.getStylesheets().add(Classroom.class.getResource("/studio/backprop/app/classroom.css").toExternalForm());
    }

    /** Presenter mode and themes. */
    public Presenter presenter() { return presenter; }

    /** The quiz. */
    public QuizModel quiz() { return quiz; }

    @Override
    public Contribution contribute() {
        Contribution.Builder contribution = Contribution.builder()
                .statusBar(new QuizBar(quiz))
                .statusPart(new KnownAnswerBadge(model))
                .filter(Phase.INTERCEPT, KeyEvent.KEY_PRESSED, this::quizTakesForward)
                .filter(Phase.INTERCEPT, ActionEvent.ACTION, e -> {
                    if (e.getTarget() instanceof Node node && "stepForward".equals(node.getId()) && quiz.forward()) e.consume();
                });
        addMenus(contribution);
        return contribution.build();
    }

    /** A forward key asks the quiz first: while a question is open, it does not step. */
    private void quizTakesForward(KeyEvent e) {
        boolean inText = e.getTarget() instanceof TextInputControl text && text.isEditable();
        boolean clicker = e.getCode() == KeyCode.PAGE_DOWN;
        boolean forward = clicker || e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.SPACE;
        if (!forward || e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
        boolean emptyGuess = e.getTarget() instanceof TextInputControl field && "quizGuess".equals(field.getId())
                && (clicker || field.getText().isEmpty());
        if (inText && !emptyGuess) return; // in the guess field → moves the caret once something is typed
        if (quiz.forward()) e.consume();
    }

    /** Starts with the theme chosen last time and keeps each choice for the next start. */
    private static void keepTheme(Presenter presenter, MainView view) {
        Path dir = StudioDirs.configDir();
        ThemeSettings.saved(dir).ifPresent(presenter.themeProperty()::set);
        presenter.themeProperty().addListener((o, was, is) -> {
            try {
                ThemeSettings.save(dir, is);
            } catch (IOException | RuntimeException notSaved) {
                view.showError(Messages.format("hallA.theme.notSaved", dir.resolve(ThemeSettings.SETTINGS_FILE),
                        Problems.text(notSaved)));
            }
        });
    }

    private void addMenus(Contribution.Builder contribution) {
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
        contribution.menu(MenuName.VIEW, Place.BOTTOM, new SeparatorMenuItem(), presenterItem, themes, quizItem);

        MenuItem handout = new MenuItem(Messages.get("classroom.menu.handout"));
        handout.setId("handoutItem");
        handout.setOnAction(e -> exportHandout());
        MenuItem worksheet = new MenuItem(Messages.get("classroom.menu.worksheet"));
        worksheet.setId("worksheetItem");
        worksheet.setOnAction(e -> exportWorksheet());
        contribution.menu(MenuName.FILE, Place.BOTTOM, handout, worksheet);

        MenuItem shortcuts = new MenuItem(Messages.get("classroom.menu.shortcuts"));
        shortcuts.setId("shortcutsItem");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> HelpDialogs.shortcutsDialog(scene.getWindow(), view.menuBar()).show());
        MenuItem about = new MenuItem(Messages.get("classroom.menu.about"));
        about.setId("aboutItem");
        about.setOnAction(e -> HelpDialogs.aboutDialog(scene.getWindow()).show());
        contribution.menu(MenuName.HELP, Place.BOTTOM, shortcuts, about);
    }

    private void exportHandout() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("classroom.handout.title"));
        FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter(Messages.get("classroom.handout.markdown"), "*.md");
        FileChooser.ExtensionFilter latex = new FileChooser.ExtensionFilter(Messages.get("classroom.handout.latex"), "*.tex");
        chooser.getExtensionFilters().addAll(markdown, latex);
        chooser.setInitialFileName("handout.md");
        File file = chooser.showSaveDialog(scene.getWindow());
        if (file == null) return;
        HandoutWriter.Format format = file.getName().toLowerCase(Locale.ROOT).endsWith(".tex") || chooser.getSelectedExtensionFilter() == latex
                ? HandoutWriter.Format.LATEX : HandoutWriter.Format.MARKDOWN;
        Document document = model.getDocument();
        Trace trace = model.getTrace();
        String title = document instanceof NetworkDocument network ? network.name()
                : ((ExpressionDocument) document).source();
        inBackground(file.toPath(), () -> Handout.write(document, trace, title, format, file.toPath(), false));
    }

    private void exportWorksheet() {
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
        inBackground(folder.toPath(), () -> Worksheet.write(seed, folder.toPath()));
    }

    /** Something that writes files and may fail with an I/O error. */
    private interface Writing {
        List<Path> write() throws IOException;
    }

    /** Runs the writing off the JavaFX thread (the pictures come back to it) and reports on the status line. */
    private void inBackground(Path target, Writing writing) {
        view.showStatus(Messages.format("classroom.export.working", target));
        new LatestWins<List<Path>>("classroom-export").submit(stale -> writing.write(),
                written -> view.showStatus(Messages.format("classroom.export.done", target, written.size())),
                failed -> view.showError(Messages.format("classroom.export.failed", target,
                        Problems.text(failed))));
    }
}
