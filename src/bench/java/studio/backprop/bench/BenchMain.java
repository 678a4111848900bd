package studio.backprop.bench;

import java.util.List;
import java.util.function.Consumer;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Every performance figure of the README, one {@code NAME VALUE UNIT} line each: training and tracing through
 * JMH, then drawing, export, start-up and the UI pause with the JavaFX toolkit, then the pulses of the real
 * window while the lecture pass is stepped (only with a display: run it under {@code xvfb-run}).
 * Run with {@code ./mvnw -Pbench -DskipTests verify}; add {@code -Dbench.args=--quick} for a shorter run,
 * {@code -Dbench.args=--window} for the real window's pulses alone ({@code --window --lecture}: without the
 * big drawings, {@code --window --big}: only them).
 */
public final class BenchMain {
    private BenchMain() { }

    public static void main(String[] args) throws RunnerException {
        boolean quick = List.of(args).contains("--quick");
        Consumer<String> out = line -> {
            System.out.println(line);
            System.out.flush();
        };
        if (List.of(args).contains("--window")) { // only the real window's pulses
            WindowPulses.run(out, List.of(args).stream().filter(a -> a.equals("--lecture") || a.equals("--big")).toList());
            System.exit(0);
        }
        JmhFigures.run(quick ? JmhFigures.Settings.quick() : JmhFigures.Settings.full(),
                TrainingBenchmarks.class.getName() + "|" + TraceBenchmarks.class.getName(), out);
        new Bench(quick ? Bench.Settings.quick() : Bench.Settings.full()).run(out);
        WindowPulses.run(out);
        System.exit(0); // the JavaFX toolkit's threads would keep the JVM alive
    }
}
