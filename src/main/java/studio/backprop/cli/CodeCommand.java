package studio.backprop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import studio.backprop.core.code.CodeLanguage;
import studio.backprop.core.code.PythonCode;
import studio.backprop.core.doc.Document;
import studio.backprop.core.io.OutputException;
import studio.backprop.core.io.OutputTarget;

/** {@code code}: the document as a standalone Python script that prints the same numbers as {@code trace}. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Write the document as one standalone Python script (NumPy only, or PyTorch) that rebuilds it "
                + "with its exact numbers, runs one forward pass, the backward pass and the update, and prints every "
                + "quantity of the trace as NAME VALUE with every digit.",
                "Networks of at most " + PythonCode.MAX_PARAMETERS + " weights and biases."})
final class CodeCommand extends SourceCommand {
    @Option(names = "--lang", required = true, paramLabel = "LANG") String language;
    @Option(names = "--out", paramLabel = "FILE.py") Path out;

    @Override
    public Integer call() throws OutputException {
        CodeLanguage chosen;
        try {
            chosen = CodeLanguage.parse(language);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--lang: " + e.getMessage(), e);
        }
        Document document = source.session().document();
        String script = PythonCode.script(document, chosen, source.title());
        if (out == null) {
            out().print(script);
        } else {
            OutputTarget.write(out, OutputTarget.text(script));
            out().println("wrote " + out + " (run it: python3 " + out + ")");
        }
        return 0;
    }
}
