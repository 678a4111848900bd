package studio.backprop.app.export;

import java.nio.file.Path;
import studio.backprop.app.support.Problems;
import studio.backprop.core.code.CodeLanguage;
import studio.backprop.core.code.PythonCode;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.OutputException;
import studio.backprop.core.io.OutputTarget;

/**
 * File → Export as code: the document as a standalone Python script, the same one {@code code --lang …} writes. Safe to
 * call off the JavaFX thread; a document that cannot be a script is an {@link IllegalArgumentException} whose message is
 * the one line to show.
 */
public final class CodeExport {
    private CodeExport() { }

    /** Writes the script of {@code document} in {@code language} to {@code file}, whole or not at all. */
    public static void write(Document document, CodeLanguage language, Path file) throws OutputException {
        OutputTarget.write(file, OutputTarget.text(PythonCode.script(document, language, title(document))));
    }

    /** Why this document cannot be exported as code, or null when it can: for disabling the menu item or saying so. */
    public static String refusal(Document document) {
        try {
            PythonCode.requireExpressible(document);
            return null;
        } catch (RuntimeException refused) {
            return Problems.text(refused);
        }
    }

    /** The file name the save dialog proposes: {@code mazur_numpy.py}. */
    public static String suggestedFileName(Document document, CodeLanguage language) {
        return PythonCode.fileName(document, language);
    }

    /** How the script names its source in its docstring, as the command line does. */
    static String title(Document document) {
        if (document instanceof NetworkDocument network) return "network " + network.name();
        return "expression " + ((ExpressionDocument) document).source();
    }
}
