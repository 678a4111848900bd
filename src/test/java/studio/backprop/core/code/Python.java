package studio.backprop.core.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs generated scripts with the machine's {@code python3} (or {@code -Dbackprop.python=…}): many scripts in one
 * process, each with its own namespace and its printed lines kept apart, so a suite of dozens stays fast.
 */
final class Python {
    static final String EXECUTABLE = System.getProperty("backprop.python", firstWithNumpy("python3", "/usr/bin/python3"));
    /** An interpreter with PyTorch, where there is one ({@code -Dbackprop.python.torch=…}); the default one otherwise. */
    static final String TORCH_EXECUTABLE = System.getProperty("backprop.python.torch", EXECUTABLE);

    /** Runs each script of {@code scripts} (file name → text) in one interpreter; the printed lines of each. */
    private static final String DRIVER = String.join("\n",
            "import contextlib, io, sys",
            "sys.stdout.reconfigure(encoding='utf-8')",
            "for path in sys.argv[1:]:",
            "    buffer = io.StringIO()",
            "    with open(path, encoding='utf-8') as f:",
            "        source = f.read()",
            "    with contextlib.redirect_stdout(buffer):",
            "        exec(compile(source, path, 'exec'), {'__name__': '__main__'})",
            "    print('=== ' + path)",
            "    sys.stdout.write(buffer.getvalue())",
            "");

    private static Boolean numpy;
    private static Boolean python;
    private static Boolean torch;

    private Python() { }

    /**
     * The first of the interpreters that imports NumPy, else the first: {@code python3} on the path may be a
     * version manager's without NumPy while the system's has Debian's {@code python3-numpy}.
     */
    private static String firstWithNumpy(String... candidates) {
        for (String candidate : candidates) {
            if (exits0(candidate, "-c", "import numpy")) return candidate;
        }
        return candidates[0];
    }

    /** Whether {@code python3} runs here. */
    static synchronized boolean available() {
        if (python == null) python = exits0(EXECUTABLE, "-c", "import sys");
        return python;
    }

    /** Whether {@code python3} with NumPy runs here. */
    static synchronized boolean hasNumpy() {
        if (numpy == null) numpy = available() && exits0(EXECUTABLE, "-c", "import numpy");
        return numpy;
    }

    /** Whether the PyTorch interpreter imports torch. */
    static synchronized boolean hasTorch() {
        if (torch == null) torch = exits0(TORCH_EXECUTABLE, "-c", "import torch");
        return torch;
    }

    /** Writes every script into {@code dir}, runs them all in one process and returns each one's output lines. */
    static Map<String, List<String>> runAll(Map<String, String> scripts, Path dir) {
        return runAll(EXECUTABLE, scripts, dir);
    }

    /** As {@link #runAll(Map, Path)} with the given interpreter. */
    static Map<String, List<String>> runAll(String executable, Map<String, String> scripts, Path dir) {
        try {
            Path driver = dir.resolve("run_all.py");
            Files.writeString(driver, DRIVER, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(executable, driver.toString()));
            Map<String, String> byPath = new LinkedHashMap<>();
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                Path file = dir.resolve(script.getKey());
                Files.writeString(file, script.getValue(), StandardCharsets.UTF_8);
                command.add(file.toString());
                byPath.put(file.toString(), script.getKey());
            }
            Map<String, List<String>> outputs = new LinkedHashMap<>();
            List<String> current = null;
            for (String line : run(command, dir).split("\n", -1)) {
                if (line.startsWith("=== ") && byPath.containsKey(line.substring(4))) {
                    current = new ArrayList<>();
                    outputs.put(byPath.get(line.substring(4)), current);
                } else if (current != null && !line.isEmpty()) {
                    current.add(line);
                }
            }
            return outputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command; its standard output, or an AssertionError with its standard error when it fails. */
    static String run(List<String> command, Path dir) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            Path err = Files.createTempFile(dir, "stderr", ".txt");
            builder.redirectError(err.toFile());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("python did not finish: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("python failed (" + process.exitValue() + "): " + Files.readString(err));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static boolean exits0(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One printed line split at its last space: NAME VALUE, the name may contain spaces; {@code scale} is the size
     * the tolerance is relative to.
     */
    record Printed(String name, double value, double scale) {
        Printed(String name, double value) {
            this(name, value, Math.abs(value));
        }

        static Printed parse(String line) {
            int space = line.lastIndexOf(' ');
            if (space <= 0) throw new AssertionError("not a NAME VALUE line: " + line);
            return new Printed(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
    }
}
