package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on one document (from {@code --preset}, {@code --expr}, {@code --session}, …) and
 * prints to its command line's output. Picocli finds the annotated fields of this superclass in each
 * command, so the source options and the spec are declared once.
 */
abstract class SourceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    /** The command line's standard output (what the tests capture). */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
