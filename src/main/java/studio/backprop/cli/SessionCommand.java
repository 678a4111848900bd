package studio.backprop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionFiles;

/** {@code session --preset NAME --out FILE}: writes a document as a session file. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Write a preset (or any source) as a session file that the app and --session open.")
final class SessionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the session file.")
    Path out;

    @Override
    public Integer call() {
        Session session = source.session();
        SessionFiles.save(out, session);
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}
