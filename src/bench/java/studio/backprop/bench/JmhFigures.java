package studio.backprop.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The nanosecond-to-millisecond figures, measured by JMH (forked JVMs, warm-up, then measured iterations),
 * printed as {@code NAME VALUE UNIT} lines with the score's 99.9 % error after it: first JMH's wall-clock
 * scores, then the same figures as CPU time ({@code NAME.cpu}, from {@link CpuTimeProfiler}), which a machine
 * loaded by other processes does not inflate. The lecture step's ratio to its plain twin is printed both ways.
 */
final class JmhFigures {
    /** How long JMH measures. */
    record Settings(int forks, int warmups, int iterations, TimeValue time) {
        static Settings full() {
            return new Settings(1, 3, 5, TimeValue.seconds(1));
        }

        static Settings quick() {
            return new Settings(1, 2, 3, TimeValue.milliseconds(500));
        }

        /** In this JVM, one short round: checks the wiring, not the speed. */
        static Settings smoke() {
            return new Settings(0, 0, 1, TimeValue.milliseconds(50));
        }
    }

    private JmhFigures() { }

    /** Runs the benchmarks whose method names match {@code include} (a regular expression) and prints their figures. */
    static void run(Settings settings, String include, Consumer<String> out) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .forks(settings.forks())
                .warmupIterations(settings.warmups()).warmupTime(settings.time())
                .measurementIterations(settings.iterations()).measurementTime(settings.time())
                .addProfiler(CpuTimeProfiler.class)
                .verbosity(VerboseMode.SILENT);
        Collection<RunResult> results = new Runner(options.build()).run();
        double step = Double.NaN;
        double plain = Double.NaN;
        double stepCpu = Double.NaN;
        double plainCpu = Double.NaN;
        List<String> cpuLines = new ArrayList<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            method = method.substring(method.lastIndexOf('.') + 1);
            var score = result.getPrimaryResult();
            String name = switch (method) {
                case "mazurStep" -> "train.mazur.step";
                case "mazurPlainLoop" -> "train.mazur.plainloop";
                case "playground" -> "train.playground.2881";
                case "traceAfterEdit" -> "trace." + result.getParams().getParam("network");
                default -> method;
            };
            double value = score.getScore();
            String unit = score.getScoreUnit().replace("/op", "");
            if (unit.equals("us")) {
                value /= 1000;
                unit = "ms";
            }
            double error = Double.isNaN(score.getScoreError()) ? 0 : score.getScoreError() * value / score.getScore();
            out.accept(String.format(Locale.ROOT, "%s %s %s ±%s", name, format(value), unit, format(error)));
            if (method.equals("mazurStep")) step = value;
            if (method.equals("mazurPlainLoop")) plain = value;
            Result<?> cpu = result.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            if (cpu != null) {
                double cpuValue = unit.equals("ms") ? cpu.getScore() / 1e6 : cpu.getScore();
                double cpuError = Double.isNaN(cpu.getScoreError()) ? 0 : cpu.getScoreError() * cpuValue / cpu.getScore();
                cpuLines.add(String.format(Locale.ROOT, "%s.cpu %s %s ±%s", name, format(cpuValue), unit, format(cpuError)));
                if (method.equals("mazurStep")) stepCpu = cpuValue;
                if (method.equals("mazurPlainLoop")) plainCpu = cpuValue;
            }
        }
        if (!Double.isNaN(step) && !Double.isNaN(plain)) {
            out.accept(String.format(Locale.ROOT, "train.mazur.ratio %.2f x", step / plain));
        }
        cpuLines.forEach(out);
        if (!Double.isNaN(stepCpu) && !Double.isNaN(plainCpu)) {
            out.accept(String.format(Locale.ROOT, "train.mazur.ratio.cpu %.2f x", stepCpu / plainCpu));
        }
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
