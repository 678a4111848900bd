package studio.backprop.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frames as a user meets them: {@link PulseDriver} opens the real window (Glass on the display, not Monocle)
 * in a child JVM with JavaFX's pulse logger on and its threshold at 0, so every pulse is logged, and steps
 * through the lecture. Each pulse's duration, from the log's {@code PULSE: n [interval:duration]} lines, is
 * sorted into the phase it fell in; the median and the 90th percentile of each phase are the figures, with
 * the CPU time a pulse cost the JavaFX and renderer threads (what the pulse would take on an idle machine).
 */
final class WindowPulses {
    private static final Pattern PULSE = Pattern.compile("^PULSE: \\d+ \\[(\\d+)ms:(\\d+)ms\\]");

    /** Extra options of the child JVM, separated by spaces: {@code -Dbench.childJvm=-XX:StartFlightRecording=...}. */
    static final String CHILD_JVM_ARGS = "bench.childJvm";

    private WindowPulses() { }

    static void run(Consumer<String> out) {
        run(out, List.of());
    }

    /**
     * The same, passing {@code driverArgs} to the driver ({@code --lecture}: the lecture's phases only) and the
     * system property {@value #CHILD_JVM_ARGS}'s words to its JVM (a flight recording, for instance).
     */
    static void run(Consumer<String> out, List<String> driverArgs) {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            out.accept("pulse n/a no display: run the bench under xvfb-run -s '-screen 0 1366x768x24'");
            return;
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavafx.pulseLogger=true", "-Djavafx.pulseLogger.threshold=0", "-Dbackprop.locale=en"));
        String extra = System.getProperty(CHILD_JVM_ARGS, "");
        if (!extra.isBlank()) command.addAll(List.of(extra.trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PulseDriver.class.getName()));
        command.addAll(driverArgs);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Map<String, List<Integer>> phases = new LinkedHashMap<>();
            Map<String, long[]> cpu = new LinkedHashMap<>();
            String current = null;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    int mark = line.indexOf(PulseDriver.MARK); // the logger's lines may run into it
                    if (mark >= 0) {
                        String[] words = line.substring(mark + PulseDriver.MARK.length()).split(" ");
                        current = words[0].equals("start") ? words[1] : null;
                        if (current != null) phases.put(current, new ArrayList<>());
                        else if (words[0].equals("end")) cpu.put(words[1], cpuMillis(words));
                        else if (words[0].equals("loaded")) out.accept("pulse.load." + words[1] + " " + words[2] + " ms");
                        else if (words[0].equals("laid")) out.accept("pulse.layout." + words[2] + " " + words[3] + " ms");
                        else out.accept("pulse n/a " + String.join(" ", words));
                        continue;
                    }
                    Matcher pulse = PULSE.matcher(line);
                    if (current != null && pulse.find()) phases.get(current).add(Integer.parseInt(pulse.group(2)));
                }
            }
            if (!process.waitFor(300, TimeUnit.SECONDS)) process.destroyForcibly();
            if (phases.isEmpty()) {
                out.accept("pulse n/a the window logged no pulses (exit code " + process.exitValue() + ")");
                return;
            }
            for (Map.Entry<String, List<Integer>> phase : phases.entrySet()) {
                int[] millis = phase.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
                if (millis.length == 0) continue;
                out.accept(String.format(Locale.ROOT, "pulse.%s.median %d ms", phase.getKey(), percentile(millis, 50)));
                out.accept(String.format(Locale.ROOT, "pulse.%s.p90 %d ms (%d pulses)", phase.getKey(), percentile(millis, 90),
                        millis.length));
                long[] used = cpu.get(phase.getKey());
                if (used != null) {
                    out.accept(String.format(Locale.ROOT, "pulse.%s.cpu %.1f ms (per pulse: JavaFX thread %.1f + renderer %.1f)",
                            phase.getKey(), (used[0] + used[1]) / (double) millis.length, used[0] / (double) millis.length,
                            used[1] / (double) millis.length));
                }
            }
        } catch (IOException e) {
            out.accept("pulse n/a could not start java (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.accept("pulse n/a interrupted");
        }
    }

    /** The CPU milliseconds of an end mark's {@code cpu.fx=N cpu.render=M} words: {fx, render}. */
    static long[] cpuMillis(String[] words) {
        long[] millis = new long[2];
        for (String word : words) {
            if (word.startsWith("cpu.fx=")) millis[0] = Long.parseLong(word.substring("cpu.fx=".length()));
            if (word.startsWith("cpu.render=")) millis[1] = Long.parseLong(word.substring("cpu.render=".length()));
        }
        return millis;
    }

    /** The nearest-rank percentile of sorted values. */
    static int percentile(int[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

}
