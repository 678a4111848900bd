package studio.backprop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Limits;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.core.text.HandoutFiles;
import studio.backprop.core.text.HandoutWriter;
import studio.backprop.core.text.Words;
import studio.backprop.rendering.export.PngPictures;

/** {@code handout}: the whole derivation as Markdown or LaTeX, with the diagrams as PNGs beside it. */
@Command(name = "handout", mixinStandardHelpOptions = true,
        description = "Write a handout: every step symbolic, substituted and evaluated, with the diagrams as PNGs beside it.")
final class HandoutCommand extends SourceCommand {
    /** The system property naming the language, as the window reads it: {@code -Dbackprop.locale=pt-BR}. */
    static final String LANGUAGE_PROPERTY = "backprop.locale";

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown") String format;
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;
    @Option(names = "--png-steps") boolean pngSteps;

    @Override
    public Integer call() throws Exception {
        HandoutWriter.Format chosen;
        try {
            chosen = HandoutWriter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format: " + e.getMessage(), e);
        }
        OutputTarget.check(out);
        Document document = source.session().document();
        if (document instanceof NetworkDocument network) Limits.requireTraceable(network.network(), "handout");
        Trace trace = Computation.trace(document);
        ExportCommand.useHeadlessToolkit();
        // the toolkit stays up: main() ends the JVM, and in-process callers (tests, the window) keep theirs
        List<Path> written = new HandoutFiles(words(), new PngPictures()).write(document, trace, source.title(), chosen, out, pngSteps);
        out().println("wrote " + out + " and " + (written.size() - 1) + " pictures beside it");
        return 0;
    }

    /** The language of handouts and worksheets: {@code -D}{@value #LANGUAGE_PROPERTY}, else the system's. */
    static Words words() {
        return Words.of(System.getProperty(LANGUAGE_PROPERTY), Locale.getDefault());
    }
}
