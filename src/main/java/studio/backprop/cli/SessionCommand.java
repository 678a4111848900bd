package studio.backprop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionFiles;

/** {@code session --preset NAME --out FILE}: writes a document as a session file. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Write a preset (or any source) as a session file that the app and --session open.")
final class SessionCommand extends SourceCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

    @Override
    public Integer call() {
        Session session = source.session();
        SessionFiles.save(out, session);
        out().println("wrote " + out);
        return 0;
    }
}
