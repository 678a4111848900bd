package studio.backprop.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line over the same core as the window:
 * {@code trace}, {@code train}, {@code gradcheck}, {@code presets}, {@code session}, {@code export}, {@code bench},
 * {@code handout}, {@code worksheet}.
 * Exit codes: 0 success, 1 a check failed, 2 bad usage or bad input (one line on stderr, never a stack trace).
 */
@Command(name = "backprop-studio", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        resourceBundle = "studio.backprop.cli.Options",
        description = "Backprop Studio: step through backpropagation, headless.%n"
                + "With no command, the window opens.",
        subcommands = {TraceCommand.class, TrainCommand.class, GradcheckCommand.class, CurvesCommand.class, PresetsCommand.class,
                SessionCommand.class, ExportCommand.class, CodeCommand.class, HandoutCommand.class, WorksheetCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    /** Exit code for bad usage or bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code when a check (gradcheck) fails. */
    public static final int CHECK_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // a failure on another thread (the JavaFX thread of an export) is one line too, never a stack trace
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> {
            err.println("backprop-studio: " + Problems.describe(problem));
            err.flush();
        });
        System.exit(run(args, new PrintWriter(System.out, true), err));
    }

    /** Runs a command line and returns its exit code; output goes to {@code out}, messages to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println(failed.getCommandName() + ": " + oneLine(ex.getMessage())
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            failed.getErr().println(failed.getCommandName() + ": " + Problems.describe(ex));
            return BAD_INPUT;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable problem) {
            // picocli passes Errors (OutOfMemoryError, StackOverflowError) through; they too become one line
            err.println(commandName(cli, args) + ": " + Problems.describe(problem));
            code = BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Runs a command line and captures its output, for tests. */
    public static Result capture(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** What a captured run printed and returned. */
    public record Result(int exitCode, String out, String err) { }

    /** The subcommand the arguments name, or the program's name. */
    private static String commandName(CommandLine cli, String[] args) {
        return args.length > 0 && cli.getSubcommands().containsKey(args[0]) ? args[0] : cli.getCommandName();
    }

    static String oneLine(String message) {
        if (message == null) return "";
        String line = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return line.startsWith("Error: ") ? line.substring("Error: ".length()) : line;
    }

    /** Version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Backprop Studio " + (version == null ? "(development build)" : version)};
        }
    }
}
