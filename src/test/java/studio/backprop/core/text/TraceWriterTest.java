package studio.backprop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;

/** One writer for every format: the lecture's first example, pinned byte for byte as the command line printed it. */
class TraceWriterTest {
    private static final TraceWriter WRITER = new TraceWriter(NumberStyle.LECTURE, Words.ENGLISH);

    private static Trace simple() {
        return Computation.trace(Presets.load("simple").document());
    }

    private static final String TEXT = """
            preset simple

            Forward pass
               1  q = x + y = -2 + 5 = 3
               2  f = q·z = 3·(-4) = -12

            Backward pass
               3  ∂f/∂f = 1
               4  ∂f/∂q = z = -4 = -4
               5  ∂f/∂z = q = 3 = 3
               6  ∂f/∂y = ∂f/∂q · ∂q/∂y = -4 · 1 = -4
               7  ∂f/∂x = ∂f/∂q · ∂q/∂x = -4 · 1 = -4
            """;

    private static final String MARKDOWN = """
            # preset simple

            ## Forward pass

            1. $q = x + y = -2 + 5 = 3$
            2. $f = q \\cdot z = 3 \\cdot \\left(-4\\right) = -12$

            ## Backward pass

            3. $\\frac{\\partial f}{\\partial f} = 1$
            4. $\\frac{\\partial f}{\\partial q} = z = -4 = -4$
            5. $\\frac{\\partial f}{\\partial z} = q = 3 = 3$
            6. $\\frac{\\partial f}{\\partial y} = \\frac{\\partial f}{\\partial q} \\cdot \\frac{\\partial q}{\\partial y} = -4 \\cdot 1 = -4$
            7. $\\frac{\\partial f}{\\partial x} = \\frac{\\partial f}{\\partial q} \\cdot \\frac{\\partial q}{\\partial x} = -4 \\cdot 1 = -4$
            """;

    private static final String LATEX = """
            \\documentclass{article}
            \\usepackage{amsmath}
            \\begin{document}
            \\section*{preset simple}
            \\subsection*{Forward pass}
            \\begin{align*}
              q &= x + y = -2 + 5 = 3 \\\\
              f &= q \\cdot z = 3 \\cdot \\left(-4\\right) = -12
            \\end{align*}
            \\subsection*{Backward pass}
            \\begin{align*}
              \\frac{\\partial f}{\\partial f} &= 1 \\\\
              \\frac{\\partial f}{\\partial q} &= z = -4 = -4 \\\\
              \\frac{\\partial f}{\\partial z} &= q = 3 = 3 \\\\
              \\frac{\\partial f}{\\partial y} &= \\frac{\\partial f}{\\partial q} \\cdot \\frac{\\partial q}{\\partial y} = -4 \\cdot 1 = -4 \\\\
              \\frac{\\partial f}{\\partial x} &= \\frac{\\partial f}{\\partial q} \\cdot \\frac{\\partial q}{\\partial x} = -4 \\cdot 1 = -4
            \\end{align*}
            \\end{document}
            """;

    private static final String CSV = """
            step,phase,quantity,node,lhs,symbolic,substituted,result
            1,forward,value,q,q,x + y,-2 + 5,3
            2,forward,value,f,f,q·z,3·(-4),-12
            3,backward,gradient,f,∂f/∂f,,,1
            4,backward,gradient,q,∂f/∂q,z,-4,-4
            5,backward,gradient,z,∂f/∂z,q,3,3
            6,backward,gradient,y,∂f/∂y,∂f/∂q · ∂q/∂y,-4 · 1,-4
            7,backward,gradient,x,∂f/∂x,∂f/∂q · ∂q/∂x,-4 · 1,-4
            """;

    @Test
    void everyFormatOfTheFirstExampleIsAsBefore() {
        assertThat(WRITER.write(TraceWriter.Format.TEXT, simple(), "preset simple")).isEqualTo(TEXT);
        assertThat(WRITER.write(TraceWriter.Format.MARKDOWN, simple(), "preset simple")).isEqualTo(MARKDOWN);
        assertThat(WRITER.write(TraceWriter.Format.LATEX, simple(), "preset simple")).isEqualTo(LATEX);
        assertThat(WRITER.write(TraceWriter.Format.CSV, simple(), "preset simple")).isEqualTo(CSV);
    }

    @Test
    void aStepsThreeFormsAreTheEquationsPartsInTextAndLatex() {
        Step f = simple().step(1);

        Line text = WRITER.text(f);
        Line latex = WRITER.latex(f);

        assertThat(text).isEqualTo(new Line(2, "f", "q·z", "3·(-4)", "-12"));
        assertThat(latex).isEqualTo(new Line(2, "f", "q \\cdot z", "3 \\cdot \\left(-4\\right)", "-12"));
        assertThat(text.joined()).isEqualTo(f.equation().toText(NumberStyle.LECTURE));
        assertThat(latex.joined()).isEqualTo(f.equation().toLatex(NumberStyle.LECTURE));
        assertThat(WRITER.text(simple().step(2)).forms()).containsExactly("1");
    }

    @Test
    void aNegativeOperandAfterAnOperatorIsInParenthesesAndAResultIsBare() {
        Trace trace = Computation.trace(new ExpressionDocument("a - b*c", Map.of("a", -1.5, "b", 2.0, "c", -3.0)));

        String text = WRITER.text(trace, "signs");
        String csv = WRITER.csv(trace);

        assertThat(text).contains("= 2·(-3) = -6", "= -1.5 - (-6) = 4.5");
        assertThat(csv).contains(",2·(-3),-6\n", ",-1.5 - (-6),4.5\n");
        assertThat(WRITER.markdown(trace, "signs")).contains("2 \\cdot \\left(-3\\right) = -6$", "-1.5 - \\left(-6\\right) = 4.5$");
    }

    @Test
    void jsonHasEveryStepWithItsFormsAndTheGraph() throws Exception {
        JsonNode root = new ObjectMapper().readTree(WRITER.json(simple(), "preset simple"));

        assertThat(root.get("source").asText()).isEqualTo("preset simple");
        assertThat(root.get("output").asText()).isEqualTo("f");
        assertThat(root.get("steps")).hasSize(7);
        JsonNode second = root.get("steps").get(1);
        assertThat(second.get("index").asInt()).isEqualTo(2);
        assertThat(second.get("symbolic").asText()).isEqualTo("q·z");
        assertThat(second.get("substituted").asText()).isEqualTo("3·(-4)");
        assertThat(second.get("result").asDouble()).isEqualTo(-12.0);
        assertThat(second.get("latex").asText()).isEqualTo("f = q \\cdot z = 3 \\cdot \\left(-4\\right) = -12");
        assertThat(root.get("steps").get(2).has("symbolic")).isFalse();
        assertThat(root.get("nodes").findValuesAsText("name")).contains("x", "y", "z", "q", "f");
    }

    @Test
    void portugueseHeadingsWhenTheWordsArePortuguese() {
        TraceWriter portuguese = new TraceWriter(NumberStyle.LECTURE, Words.of(Locale.forLanguageTag("pt-BR")));

        assertThat(portuguese.text(simple(), "t")).contains("\nPasso direto\n", "\nPasso reverso\n").doesNotContain("Forward");
    }

    @Test
    void sectionsCutWherePhasesChange() {
        assertThat(TraceWriter.sections(simple())).extracting(Section::phase).containsExactly(Phase.FORWARD, Phase.BACKWARD);
        assertThat(TraceWriter.sections(simple()).get(1).steps()).hasSize(5);
    }

    @Test
    void formatsAreNamedInAnyCase() {
        assertThat(TraceWriter.Format.named("LaTeX")).contains(TraceWriter.Format.LATEX);
        assertThat(TraceWriter.Format.named("docx")).isEmpty();
        assertThat(TraceWriter.Format.CSV.id()).isEqualTo("csv");
    }
}
