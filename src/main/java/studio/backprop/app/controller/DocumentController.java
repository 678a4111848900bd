package studio.backprop.app.controller;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import studio.backprop.app.controller.Contribution.MenuName;
import studio.backprop.app.controller.Contribution.Place;
import studio.backprop.app.model.EditResult;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.app.support.StudioDirs;
import studio.backprop.app.view.MainView;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionException;
import studio.backprop.core.io.SessionFiles;

/**
 * The document commands of the window: File → New (from a preset), Open, Open Recent, Save, Save As; a session
 * file dropped on the window; the title with the file name and an unsaved-changes mark; asking before unsaved
 * work is discarded; autosaving unsaved work to the recovery file and offering it after a crash.
 * Files are read and written on a background thread, so a slow disk or a 20 MB file never freezes the
 * window; the results come back on the JavaFX thread. It is the model's replace guard: a workspace that
 * replaces the document (training's, the digits' and the visual proof's "show in Pass") asks first too.
 */
public final class DocumentController implements Feature {
    /** The longest expression the title shows whole. */
    private static final int TITLE_EXPRESSION = 40;
    /** Hidden start-up option for the crash test: {@code -Dbackprop.start.edit=w5=0.5} makes that edit at start. */
    public static final String START_EDIT = "backprop.start.edit";

    private final StudioModel model;
    private final MainView view;
    private final Scene scene;
    private final RecentFiles recent;
    private final Recovery recovery;
    /** Files read (open, recovery): a newer open overtakes an older one still being read. */
    private final LatestWins<Object> reading = new LatestWins<>("documents-read");
    /** Saves (Save, Save As); autosaves have their own channel so that they never overtake a save. */
    private final LatestWins<Object> saving = new LatestWins<>("documents-save");
    private final LatestWins<Object> autosaving = new LatestWins<>("documents-autosave");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final Menu recentMenu = new Menu(Messages.get("doc.menu.recent"));
    private DocumentDialogs dialogs;
    private Path file;
    private Session session;
    private Document autosaved;
    private Timeline autosave;

    /**
     * The document commands of a window whose root is {@code view}, with JavaFX dialogs and the folder of
     * {@link StudioDirs#configDir()}; they guard the model's replacements from now on.
     */
    public DocumentController(StudioModel model, MainView view, Scene scene) {
        this(model, view, scene, new FxDocumentDialogs(scene::getWindow), StudioDirs.configDir());
    }

    private DocumentController(StudioModel model, MainView view, Scene scene, DocumentDialogs dialogs, Path configDir) {
        this.model = model;
        this.view = view;
        this.scene = scene;
        this.dialogs = dialogs;
        this.recent = new RecentFiles(configDir.resolve("recent.txt"));
        this.recovery = new Recovery(configDir);
        this.session = initialSession(model.getDocument());
        model.documentProperty().addListener(o -> updateTitle());
        model.modifiedProperty().addListener(o -> updateTitle());
        model.setReplaceGuard(this::confirmDiscard);
        updateTitle();
    }

    /** File → New, Open, Open Recent, Save and Save As at the top of the File menu; the drop target; the lecture item's question. */
    @Override
    public Contribution contribute() {
        guardLectureItem();
        addDropTarget();
        return Contribution.builder().menu(MenuName.FILE, Place.TOP, fileItems().toArray(MenuItem[]::new)).build();
    }

    /**
     * Connects the window: its title follows the document, closing asks before discarding unsaved work and a
     * clean exit deletes the recovery file; starts autosaving and offers the recovery file left by a crash.
     */
    public void attach(Stage stage) {
        stage.titleProperty().bind(title);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            event.consume();
            confirmDiscard().thenAccept(close -> {
                if (close) {
                    shutdown();
                    stage.close();
                }
            });
        });
        startAutosave(StudioDirs.autosaveSeconds());
        applyStartEdit();
        Platform.runLater(this::offerRecovery); // reads the recovery file in the background
    }

    /** Replaces the dialogs (tests answer them). */
    public void setDialogs(DocumentDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /** The window title: file name, unsaved mark, program name. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** The file the document was opened from or last saved to, if any. */
    public Optional<Path> file() { return Optional.ofNullable(file); }

    /** The session the document belongs to: its name, description and training defaults. */
    public Session session() {
        Document current = model.getDocument();
        boolean same = current instanceof NetworkDocument network
                ? session.document() instanceof NetworkDocument && network.name().equals(session.name())
                : session.document() instanceof ExpressionDocument;
        return same ? new Session(current, session.name(), session.description(), session.training())
                : new Session(current, initialName(current), "");
    }

    /** The recent files, newest first. */
    public List<Path> recentFiles() { return recent.files(); }

    /** The recovery file's logic (its folder is the studio's). */
    public Recovery recovery() { return recovery; }

    // Commands

    /** File → New: after asking about unsaved work, starts afresh from the preset {@code name}. */
    public CompletableFuture<Boolean> newFromPreset(String name) {
        return confirmDiscard().thenApply(go -> {
            if (!go) return false;
            Session preset = Presets.load(name);
            if (!model.load(preset.document()).accepted()) return false;
            file = null;
            session = preset;
            updateTitle();
            view.showStatus(Messages.format("doc.status.new", name));
            return true;
        });
    }

    /** File → Open…: after asking about unsaved work, opens a chosen file. Completes with whether one was opened. */
    public CompletableFuture<Boolean> open() {
        return confirmDiscard().thenCompose(go -> {
            if (!go) return CompletableFuture.completedFuture(false);
            Optional<Path> chosen = dialogs.chooseFileToOpen(folder());
            return chosen.map(this::read).orElse(CompletableFuture.completedFuture(false));
        });
    }

    /** Opens {@code path} after asking about unsaved work (a recent file, a dropped file). */
    public CompletableFuture<Boolean> open(Path path) {
        return confirmDiscard().thenCompose(go -> go ? read(path) : CompletableFuture.completedFuture(false));
    }

    /** File → Save: to the document's file, or asks where when it has none. Completes with whether it was saved. */
    public CompletableFuture<Boolean> save() {
        return file == null ? saveAs() : saveTo(file);
    }

    /** File → Save As…: asks where, then saves. */
    public CompletableFuture<Boolean> saveAs() {
        String suggested = file != null ? file.getFileName().toString() : session.name() + ".json";
        Optional<Path> chosen = dialogs.chooseFileToSave(folder(), suggested);
        if (chosen.isEmpty()) return CompletableFuture.completedFuture(false);
        Path target = chosen.get();
        String fileName = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!fileName.contains(".")) target = target.resolveSibling(fileName + ".json");
        return saveTo(target);
    }

    /**
     * Asks whether to save unsaved work before it would be lost. Completes with true when the work may be
     * dropped (there was none, it was saved, or the user chose not to save), false when the user cancelled or
     * the save failed.
     */
    public CompletableFuture<Boolean> confirmDiscard() {
        if (!model.isModified()) return CompletableFuture.completedFuture(true);
        return switch (dialogs.askToSave(displayName())) {
            case SAVE -> save();
            case DISCARD -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /** Writes unsaved work to the recovery file now, if it changed since the last autosave. */
    public CompletableFuture<Boolean> autosaveNow() {
        Document current = model.getDocument();
        if (!model.isModified() || current == autosaved) return CompletableFuture.completedFuture(false);
        Session work = session();
        Path original = file;
        return inBackground(autosaving, () -> {
            recovery.save(work, original);
            return true;
        }, (saved, failure) -> {
            if (failure != null) {
                view.showError(Messages.format("doc.status.autosaveFailed", message(failure)));
                return false;
            }
            autosaved = current;
            return true;
        });
    }

    /**
     * Offers to restore the work the last run left in the recovery file (read off the JavaFX thread); restoring
     * shows it as unsaved changes to its original file, declining deletes the recovery file. Completes with
     * whether it restored.
     */
    public CompletableFuture<Boolean> offerRecovery() {
        return inBackground(reading, recovery::find, (read, failure) -> {
            if (failure != null) {
                view.showError(Messages.format("doc.status.recoveryBroken", message(failure), recovery.file()));
                return false;
            }
            @SuppressWarnings("unchecked")
            Optional<Recovery.Recovered> found = (Optional<Recovery.Recovered>) read;
            if (found.isEmpty()) return false;
            Recovery.Recovered recovered = found.get();
            String what = recovered.original() != null ? recovered.original().toString() : recovered.session().name();
            if (!dialogs.offerRecovery(what)) {
                recovery.delete();
                return false;
            }
            if (!model.load(recovered.session().document(), true).accepted()) return false;
            file = recovered.original();
            session = recovered.session();
            updateTitle();
            view.showStatus(Messages.format("doc.status.recovered", what));
            return true;
        });
    }

    /** The clean end of a run: stops autosaving and deletes the recovery file. */
    public void shutdown() {
        if (autosave != null) autosave.stop();
        recovery.delete();
        reading.cancel();
        autosaving.cancel();
    }

    // Wiring

    private List<MenuItem> fileItems() {
        Menu newMenu = new Menu(Messages.get("doc.menu.new"));
        newMenu.setId("newMenu");
        for (String name : Presets.names()) {
            MenuItem item = new MenuItem(Messages.format("doc.menu.preset", name, firstSentence(Presets.description(name))));
            item.setId("new-" + name);
            item.setOnAction(e -> newFromPreset(name));
            newMenu.getItems().add(item);
        }
        MenuItem open = item("openItem", "doc.menu.open", KeyCode.O, false, this::open);
        recentMenu.setId("recentMenu");
        MenuItem save = item("saveItem", "doc.menu.save", KeyCode.S, false, this::save);
        MenuItem saveAs = item("saveAsItem", "doc.menu.saveAs", KeyCode.S, true, this::saveAs);
        refreshRecent();
        return List.of(newMenu, open, recentMenu, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem());
    }

    private MenuItem item(String id, String key, KeyCode code, boolean shift, Supplier<?> action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setAccelerator(shift ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> action.get());
        return item;
    }

    /** View → Lecture network replaces the document: it asks first about unsaved work, as New and Open do. */
    private void guardLectureItem() {
        MenuItem lecture = view.lectureItem();
        EventHandler<ActionEvent> show = lecture.getOnAction();
        if (show == null) return;
        lecture.setOnAction(event -> confirmDiscard().thenAccept(go -> {
            if (go) show.handle(event);
        }));
    }

    private void addDropTarget() {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (!event.getDragboard().hasFiles() || event.getDragboard().getFiles().size() != 1) return;
            Path dropped = event.getDragboard().getFiles().get(0).toPath();
            event.setDropCompleted(true);
            event.consume();
            Platform.runLater(() -> open(dropped));
        });
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path path : recent.files()) {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void startAutosave(int seconds) {
        autosave = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    private void applyStartEdit() {
        String edit = System.getProperty(START_EDIT);
        if (edit == null || !edit.contains("=")) return;
        int split = edit.lastIndexOf('=');
        model.edit(edit.substring(0, split).strip(), edit.substring(split + 1));
    }

    // File work off the JavaFX thread

    private CompletableFuture<Boolean> read(Path path) {
        view.showStatus(Messages.format("doc.status.opening", path.getFileName()));
        return inBackground(reading, () -> SessionFiles.read(path), (result, failure) -> {
            if (failure != null) {
                String message = message(failure);
                if (failure instanceof SessionException e && e.reason().equals("file not found") && recent.files().contains(path.toAbsolutePath().normalize())) {
                    recent.remove(path);
                    refreshRecent();
                    message = Messages.format("doc.error.recentMissing", message);
                }
                report(Messages.format("doc.error.open", message));
                return false;
            }
            Session read = (Session) result;
            EditResult shown = model.load(read.document());
            if (!shown.accepted()) {
                report(Messages.format("doc.error.open", path.getFileName() + ": " + shown.message()));
                return false;
            }
            session = read;
            return settle(path, "doc.status.opened");
        });
    }

    private CompletableFuture<Boolean> saveTo(Path target) {
        Document current = model.getDocument();
        Session work = session();
        view.showStatus(Messages.format("doc.status.saving", target.getFileName()));
        return inBackground(saving, () -> {
            SessionFiles.save(target, work);
            return true;
        }, (saved, failure) -> {
            if (failure != null) {
                report(Messages.format("doc.error.save", message(failure)));
                return false;
            }
            session = work;
            model.markSaved(current);
            recovery.delete();
            return settle(target, "doc.status.saved");
        });
    }

    /** After a file was opened or saved: it is the document's file, first of the recent ones, named in the status. */
    private boolean settle(Path path, String statusKey) {
        file = path;
        autosaved = null;
        recent.add(path);
        refreshRecent();
        updateTitle();
        view.showStatus(Messages.format(statusKey, path));
        return true;
    }

    /**
     * Runs file work on a channel off the JavaFX thread and continues there with its result or failure.
     * Completes with the continuation's answer, or false when a newer request of the channel overtook it.
     */
    private static CompletableFuture<Boolean> inBackground(LatestWins<Object> channel, FileWork work, Continuation<Object> then) {
        boolean[] answer = new boolean[1];
        return channel.submit(stale -> work.run(), result -> answer[0] = then.apply(result, null),
                failure -> answer[0] = then.apply(null, failure))
                .thenApply(outcome -> outcome != LatestWins.Outcome.STALE && answer[0]);
    }

    /** Reading or writing a file, which may fail. */
    @FunctionalInterface
    private interface FileWork {
        Object run() throws Exception;
    }

    /** What to do on the JavaFX thread with background work's result or failure. */
    private interface Continuation<T> {
        boolean apply(T result, Throwable failure);
    }

    private static String message(Throwable failure) {
        if (failure instanceof OutOfMemoryError) return Messages.get("doc.error.memory");
        return Problems.text(failure);
    }

    private void report(String message) {
        view.showError(message);
        dialogs.showError(message);
    }

    private void updateTitle() {
        title.set(Messages.format("doc.title", displayName(), model.isModified() ? Messages.get("doc.title.modified") : ""));
    }

    /** The file's name; else the network's name or the expression, of the document shown now. */
    private String displayName() {
        if (file != null) return String.valueOf(file.getFileName());
        String name = model.getDocument() instanceof ExpressionDocument expression ? shortened(expression.source().strip())
                : session().name();
        return Messages.format("doc.title.unsaved", name);
    }

    private static String shortened(String text) {
        return text.length() > TITLE_EXPRESSION ? text.substring(0, TITLE_EXPRESSION - 1) + "…" : text;
    }

    private Path folder() {
        if (file != null && file.toAbsolutePath().getParent() != null) return file.toAbsolutePath().getParent();
        List<Path> files = recent.files();
        if (!files.isEmpty() && files.get(0).getParent() != null && Files.isDirectory(files.get(0).getParent())) return files.get(0).getParent();
        return Path.of(System.getProperty("user.home"));
    }

    private static String initialName(Document document) {
        return document instanceof NetworkDocument network ? network.name() : "expression";
    }

    /** The preset the first document came from, with its description and training defaults, if it is one. */
    private static Session initialSession(Document document) {
        String name = initialName(document);
        if (Presets.names().contains(name) && Presets.load(name).document().equals(document)) return Presets.load(name);
        return new Session(document, name, "");
    }

    private static String firstSentence(String description) {
        String line = description.strip();
        int end = line.indexOf(". ");
        if (end > 0) line = line.substring(0, end + 1);
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }
}
