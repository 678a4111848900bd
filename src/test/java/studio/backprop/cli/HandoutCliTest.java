package studio.backprop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.SessionFiles;
import studio.backprop.core.io.Worksheets;
import studio.backprop.core.text.HandoutFiles;
import studio.backprop.core.text.WorksheetFiles;

/** {@code handout} and {@code worksheet}, run in-process; the pictures go through the same headless export as {@code export}. */
class HandoutCliTest {
    @BeforeAll
    static void startToolkitThroughTestFx() {
        FxTestToolkit.start();
    }

    @TempDir
    Path dir;

    private static Trace mazur() {
        return Computation.trace(Presets.load("mazur").document());
    }

    @Test
    void markdownHandoutHasEveryStepAndItsPictures() throws Exception {
        Path out = dir.resolve("mazur.md");

        Cli.Result result = Cli.capture("handout", "--preset", "mazur", "--format", "markdown", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        for (Step step : mazur().steps()) {
            assertThat(text).contains((step.index() + 1) + ". $" + step.equation().toLatex(NumberStyle.LECTURE) + "$");
        }
        assertThat(text).contains("](mazur-network.png)", "](mazur-graph.png)", "0.082167041", "-0.019049119");
        assertThat(ImageIO.read(dir.resolve("mazur-network.png").toFile()).getWidth()).isGreaterThan(300);
        assertThat(ImageIO.read(dir.resolve("mazur-graph.png").toFile()).getWidth()).isGreaterThan(300);
    }

    @Test
    void latexHandoutIsACompleteDocumentWithEveryStep() throws Exception {
        Path out = dir.resolve("simple.tex");

        Cli.Result result = Cli.capture("handout", "--expr", "q = x + y; f = q * z", "--set", "x=-2", "--set", "y=5",
                "--set", "z=-4", "--format", "latex", "--out", out.toString(), "--png-steps");

        assertThat(result.exitCode()).as(result.err()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\\documentclass{article}").contains("\\usepackage{amsmath}", "\\usepackage{graphicx}",
                "\\begin{document}", "\\includegraphics[width=\\linewidth]{simple-graph.png}").endsWith("\\end{document}\n");
        assertThat(text).contains("\\title{expression q = x + y; f = q * z}");
        for (int step = 1; step <= 7; step++) assertThat(text).contains("\\paragraph{Step " + step + "}");
        assertThat(text).contains("&= -12\n", "\\frac{\\partial f}{\\partial x}");
        assertThat(count(text, "\\begin{align*}")).isEqualTo(count(text, "\\end{align*}")).isEqualTo(7);
        for (int shown = 0; shown <= 7; shown++) {
            assertThat(dir.resolve(HandoutFiles.stepFile("simple", shown))).isRegularFile();
        }
        assertThat(dir.resolve(HandoutFiles.stepFile("simple", 8))).doesNotExist();
    }

    @Test
    void badFormatIsOneLineNamingTheOption() {
        Cli.Result result = Cli.capture("handout", "--preset", "mazur", "--format", "docx", "--out", dir.resolve("x.docx").toString());

        assertThat(result.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(result.err()).contains("--format", "docx", "markdown, latex").doesNotContain("Exception");
    }

    @Test
    void worksheetNumbersAreNiceAndItsAnswerKeyAgreesWithAHandComputedPass() throws Exception {
        Cli.Result result = Cli.capture("worksheet", "--seed", "7", "--out", dir.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        NetworkDocument document = (NetworkDocument) SessionFiles.read(dir.resolve(WorksheetFiles.SESSION)).document();
        for (String name : Worksheets.givenNames()) {
            double value = DocumentEdits.value(document, name).orElseThrow();
            assertThat(value).as(name).isBetween(-1.0, 1.0).isNotZero();
            assertThat(Math.abs(value / 0.05 - Math.rint(value / 0.05))).as(name).isLessThan(1e-9);
        }
        assertThat(Files.readString(dir.resolve(WorksheetFiles.SHEET))).contains("](worksheet.png)", "\\_\\_\\_")
                .doesNotContain(NumberStyle.LECTURE.format(Computation.trace(document).outputValue()));
        assertThat(dir.resolve(WorksheetFiles.BLANK)).isRegularFile();

        // an independent pass by hand: sigmoid neurons, one shared bias per layer, E = ½Σ(target − out)²
        double[] v = new double[Worksheets.givenNames().length];
        for (int k = 0; k < v.length; k++) v[k] = DocumentEdits.value(document, Worksheets.givenNames()[k]).orElseThrow();
        double i1 = v[0], i2 = v[1], t1 = v[2], t2 = v[3], w1 = v[4], w2 = v[5], w3 = v[6], w4 = v[7];
        double w5 = v[8], w6 = v[9], w7 = v[10], w8 = v[11], b1 = v[12], b2 = v[13];
        double h1 = sigmoid(w1 * i1 + w2 * i2 + b1);
        double h2 = sigmoid(w3 * i1 + w4 * i2 + b1);
        double o1 = sigmoid(w5 * h1 + w6 * h2 + b2);
        double o2 = sigmoid(w7 * h1 + w8 * h2 + b2);
        double total = 0.5 * (t1 - o1) * (t1 - o1) + 0.5 * (t2 - o2) * (t2 - o2);
        double dW5 = (o1 - t1) * o1 * (1 - o1) * h1;
        double dW1 = ((o1 - t1) * o1 * (1 - o1) * w5 + (o2 - t2) * o2 * (1 - o2) * w7) * h1 * (1 - h1) * i1;

        String answers = Files.readString(dir.resolve(WorksheetFiles.ANSWERS), StandardCharsets.UTF_8);
        assertThat(result(answers, "E_{total} = ")).isCloseTo(total, within(1e-8));
        assertThat(result(answers, "out_{o2} = ")).isCloseTo(o2, within(1e-8));
        assertThat(result(answers, "\\frac{\\partial E_{total}}{\\partial w5} = ")).isCloseTo(dW5, within(1e-8));
        assertThat(result(answers, "\\frac{\\partial E_{total}}{\\partial w1} = ")).isCloseTo(dW1, within(1e-8));
        assertThat(dir.resolve("answers-network.png")).isRegularFile();
    }

    @Test
    void sameSeedSameWorksheetOtherSeedOtherNumbers() {
        assertThat(Worksheets.generate(3).network()).isEqualTo(Worksheets.generate(3).network());
        assertThat(Worksheets.generate(3).network()).isNotEqualTo(Worksheets.generate(4).network());
    }

    /** The result (last number before the closing $) of the answer-key line whose equation starts with {@code lhs}. */
    private static double result(String answers, String lhs) {
        Matcher m = Pattern.compile("^\\d+\\. \\$" + Pattern.quote(lhs) + ".* = (-?[0-9.e-]+)\\$$", Pattern.MULTILINE).matcher(answers);
        assertThat(m.find()).as("a step " + lhs).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
