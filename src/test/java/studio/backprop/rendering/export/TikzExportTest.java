package studio.backprop.rendering.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.rendering.LatexText;
import studio.backprop.rendering.diagram.NetworkLayout;

/** TikZ: one command per element, colours defined, numbers in maths, standalone or body-only. */
class TikzExportTest {
    private final NetworkDocument lecture = TestDocuments.lecture();
    private final Trace trace = TestDocuments.compute().compute(lecture);
    private final int end = trace.steps().size();

    private String export(ExportView view, int step, boolean body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(lecture, trace, view, step, ExportFormat.TIKZ, ExportOptions.defaults().tikzBody(body), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void theNetworkIsOneCommandPerElementWithItsNumbersInMaths() throws IOException {
        String tex = export(ExportView.NETWORK, end, false);
        NetworkLayout layout = NetworkLayout.of(lecture.network());
        assertThat(tex).startsWith("\\documentclass[tikz]{standalone}").contains("\\begin{tikzpicture}").endsWith("\\end{document}\n");
        // every neuron is one \filldraw of its disc (plus the label boxes); every weight is one \draw
        assertThat(count(tex, "^\\\\filldraw\\[.*ellipse")).isEqualTo(layout.neurons().size() + layout.biases().size());
        assertThat(count(tex, "^\\\\draw\\[.*\\) -- \\(")).isGreaterThanOrEqualTo(layout.weights().size());
        assertThat(count(tex, "^\\\\node\\[")).isGreaterThan(40);
        assertThat(tex).contains("{$\\partial$E/$\\partial$w5 $0.082167041$}")
                .contains("{w5$^{+}$ = $0.35891648$}")
                .contains("{E\\_total = $0.298371109$}")
                .contains("{$\\partial$E/$\\partial$w8 $-0.022740242$}")
                .contains("dash pattern=on 7pt off 5pt");
        int colours = count(tex, "^\\\\definecolor\\{bp");
        assertThat(colours).isGreaterThan(5);
        assertThat(count(tex, "(?<!definecolor\\{)bp[A-Z]\\b")).isGreaterThan(colours);
    }

    @Test
    void theBodyAloneCanBeInputIntoBeamer() throws IOException {
        String body = export(ExportView.GRAPH, 10, true);
        assertThat(body).doesNotContain("\\documentclass").doesNotContain("\\begin{document}")
                .startsWith("\\definecolor").contains("\\begin{tikzpicture}").endsWith("\\end{tikzpicture}\n");
    }

    @Test
    void theEquationIsItsLatexInANode() throws IOException {
        String tex = export(ExportView.EQUATION, 16, false);
        assertThat(tex).contains("\\node[anchor=center] at (0,0) {$\\displaystyle ").contains("0.082167041").contains("\\usepackage{amsmath}");
    }

    @Test
    void labelsAreEscapedAndNumbersGoInMaths() {
        assertThat(LatexText.of("E_o1 = 0.274811083")).isEqualTo("E\\_o1 = $0.274811083$");
        assertThat(LatexText.of("net −1.5e-3 & 50%")).isEqualTo("net $-1.5e-3$ \\& $50$\\%");
        assertThat(LatexText.of("δ -0.038")).isEqualTo("$\\delta$ $-0.038$");
        assertThat(LatexText.of("w5 → 0.3")).isEqualTo("w5 $\\rightarrow$ $0.3$");
        assertThat(LatexText.of("{x}^#~\\")).isEqualTo("\\{x\\}\\textasciicircum{}\\#\\textasciitilde{}\\textbackslash{}");
    }
}
