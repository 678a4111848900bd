package studio.backprop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import studio.backprop.core.text.WorksheetFiles;
import studio.backprop.rendering.export.PngPictures;

/** {@code worksheet}: a practice network with nice numbers, a blank diagram and an answer key. */
@Command(name = "worksheet", mixinStandardHelpOptions = true,
        description = "Write a worksheet: the 2-2-2 network with nice random numbers, a blank diagram, "
                + "the quantities to compute, an answer key and the session file.")
final class WorksheetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", required = true, paramLabel = "N") long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR") Path out;

    @Override
    public Integer call() throws Exception {
        ExportCommand.useHeadlessToolkit();
        // the toolkit stays up: main() ends the JVM, and in-process callers (tests, the window) keep theirs
        List<Path> written = new WorksheetFiles(HandoutCommand.words(), new PngPictures()).write(seed, out);
        for (Path file : written) spec.commandLine().getOut().println("wrote " + file);
        return 0;
    }
}
