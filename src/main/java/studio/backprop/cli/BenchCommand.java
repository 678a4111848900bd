package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import studio.backprop.app.export.PngExport;
import studio.backprop.cli.bench.Bench;

/** {@code bench}: in-process timings of training, tracing and export, one {@code NAME VALUE UNIT} line each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training, tracing, drawing, export and start-up speed in this JVM: one 'NAME VALUE UNIT' line per figure,"
                + " each the median of several timed rounds after warm-up.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Fewer and shorter rounds: about 10 s instead of about a minute.")
    boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            new Bench(quick ? Bench.Settings.quick() : Bench.Settings.full()).run(line -> {
                out.println(line);
                out.flush();
            });
        } finally {
            PngExport.releaseToolkit();
        }
        return 0;
    }
}
