package studio.backprop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import studio.backprop.core.io.Presets;

/** {@code presets}: one preset a line, its name first, then a one-line description. */
@Command(name = "presets", mixinStandardHelpOptions = true, description = "List the built-in presets.")
final class PresetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int width = Presets.names().stream().mapToInt(String::length).max().orElse(0);
        for (String name : Presets.names()) {
            spec.commandLine().getOut().printf("%-" + width + "s  %s%n", name, Presets.description(name));
        }
        return 0;
    }
}
