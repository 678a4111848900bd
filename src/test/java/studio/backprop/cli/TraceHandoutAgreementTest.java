package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.app.FxTestToolkit;

/**
 * The command line's {@code trace} and the handout are written by one writer, so they agree on every step: its
 * left-hand side and its three forms (symbolic, substituted, result), for the lecture's network and for (x+y)·z.
 */
class TraceHandoutAgreementTest {
    private static final Pattern TRACE_ROW = Pattern.compile("^  (.+) &= (.+?)(?: \\\\\\\\)?$", Pattern.MULTILINE);
    private static final Pattern HANDOUT_STEP = Pattern.compile(
            "\\\\paragraph\\{Step (\\d+)}\\n\\\\begin\\{align\\*}\\n(.+?)\\n\\\\end\\{align\\*}", Pattern.DOTALL);
    private static final Pattern MARKDOWN_ITEM = Pattern.compile("^\\d+\\. \\$.*\\$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkitThroughTestFx() {
        FxTestToolkit.start();
    }

    static Stream<List<String>> sources() {
        return Stream.of(List.of("--preset", "mazur"),
                List.of("--expr", "(x+y)*z", "--set", "x=-2", "--set", "y=5", "--set", "z=-4"));
    }

    /** One step as {lhs, forms…}. */
    private record Row(String lhs, List<String> forms) { }

    @ParameterizedTest
    @MethodSource("sources")
    void latexTraceAndLatexHandoutHaveTheSameStepsAndForms(List<String> source) throws Exception {
        String[] both = traceAndHandout(source, "latex", "handout.tex");
        String trace = both[0];
        String handout = both[1];

        List<Row> traced = new ArrayList<>();
        Matcher row = TRACE_ROW.matcher(trace);
        while (row.find()) traced.add(new Row(row.group(1), List.of(row.group(2).split(" = "))));
        List<Row> handed = new ArrayList<>();
        Matcher step = HANDOUT_STEP.matcher(handout);
        while (step.find()) {
            assertThat(Integer.parseInt(step.group(1))).isEqualTo(handed.size() + 1);
            String[] lines = step.group(2).split(" \\\\\\\\\\n &= ");
            String[] first = lines[0].split(" &= ", 2);
            List<String> forms = new ArrayList<>(List.of(first[1]));
            forms.addAll(List.of(lines).subList(1, lines.length));
            handed.add(new Row(first[0], forms));
        }

        assertThat(traced).hasSizeGreaterThan(5).isEqualTo(handed);
        assertThat(traced).anySatisfy(r -> assertThat(r.forms()).hasSize(3));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void markdownTraceAndMarkdownHandoutHaveTheSameStepLines(List<String> source) throws Exception {
        String[] both = traceAndHandout(source, "markdown", "handout.md");

        List<String> traced = items(both[0]);
        assertThat(traced).hasSizeGreaterThan(5).isEqualTo(items(both[1]));
    }

    /** What {@code trace} prints and what {@code handout} writes, in one format, for one source. */
    private String[] traceAndHandout(List<String> source, String format, String file) throws Exception {
        String trace = run("trace", source, "--format", format);
        Path out = dir.resolve(file);
        run("handout", source, "--format", format, "--out", out.toString());
        return new String[] {trace, Files.readString(out, StandardCharsets.UTF_8)};
    }

    private static List<String> items(String markdown) {
        List<String> items = new ArrayList<>();
        Matcher m = MARKDOWN_ITEM.matcher(markdown);
        while (m.find()) items.add(m.group());
        return items;
    }

    private static String run(String command, List<String> source, String... options) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(source);
        args.addAll(List.of(options));
        Cli.Result result = Cli.capture(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out();
    }
}
