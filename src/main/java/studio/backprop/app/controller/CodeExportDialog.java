package studio.backprop.app.controller;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import studio.backprop.app.export.CodeExport;
import studio.backprop.app.support.LatestWins;
import studio.backprop.app.support.Messages;
import studio.backprop.app.support.Problems;
import studio.backprop.core.code.CodeLanguage;
import studio.backprop.core.doc.Document;

/**
 * File → Export as code: the current document as a standalone NumPy or PyTorch script, the same one
 * {@code code --lang …} writes. The file type chosen in the save dialog picks the language; the script is
 * written off the JavaFX thread through the one safe output path.
 */
public final class CodeExportDialog {
    private CodeExportDialog() { }

    /** Asks where to save and writes; the status line hears the outcome, a document that cannot be a script is an error. */
    public static void show(Window owner, Document document, Consumer<String> status, Consumer<String> error) {
        String refusal = CodeExport.refusal(document);
        if (refusal != null) {
            error.accept(Messages.format("lead.code.refused", refusal));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("lead.code.title"));
        FileChooser.ExtensionFilter numpy = new FileChooser.ExtensionFilter(Messages.get("lead.code.numpy"), "*.py");
        FileChooser.ExtensionFilter pytorch = new FileChooser.ExtensionFilter(Messages.get("lead.code.pytorch"), "*.py");
        chooser.getExtensionFilters().setAll(numpy, pytorch);
        chooser.setInitialFileName(CodeExport.suggestedFileName(document, CodeLanguage.NUMPY));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) return;
        CodeLanguage language = chooser.getSelectedExtensionFilter() == pytorch ? CodeLanguage.PYTORCH : CodeLanguage.NUMPY;
        write(document, language, chosen.toPath(), status, error);
    }

    /** Writes in the background and reports how it ended. */
    static void write(Document document, CodeLanguage language, Path file, Consumer<String> status, Consumer<String> error) {
        new LatestWins<Path>("code " + file.getFileName()).submit(stale -> {
            CodeExport.write(document, language, file);
            return file;
        }, written -> status.accept(Messages.format("lead.code.done", written)),
                failure -> error.accept(Messages.format("export.failed", file, Problems.text(failure))));
    }
}
