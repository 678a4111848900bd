package studio.backprop.app.controller;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions the document commands ask the user. The window uses {@link FxDocumentDialogs}; tests inject
 * answers.
 */
public interface DocumentDialogs {
    /** The answer to "save the changes first?". */
    enum Choice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save the unsaved changes of {@code documentName} before they would be lost. */
    Choice askToSave(String documentName);

    /** A session file to open, or empty when the user cancels. */
    Optional<Path> chooseFileToOpen(Path folder);

    /** Where to save, suggesting {@code fileName}; empty when the user cancels. */
    Optional<Path> chooseFileToSave(Path folder, String fileName);

    /** Asks whether to restore the work described by {@code what}, left unsaved when the program last ended. */
    boolean offerRecovery(String what);

    /** Tells the user about a problem, such as a file that cannot be opened. */
    void showError(String message);
}
