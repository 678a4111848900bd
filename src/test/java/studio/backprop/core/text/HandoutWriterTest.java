package studio.backprop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.Presets;

/** The handout's text builds on the trace writer: the same step lines, plus pictures, step pictures and notes. */
class HandoutWriterTest {
    private static final HandoutWriter ENGLISH = new HandoutWriter(Words.ENGLISH);

    private static Trace trace(String preset) {
        return Computation.trace(Presets.load(preset).document());
    }

    @Test
    void markdownHasTheTraceWritersItemForEveryStepAndThePictures() {
        Trace trace = trace("mazur");

        String text = ENGLISH.markdown(trace, "preset mazur", List.of("m-network.png", "m-graph.png"), List.of(), List.of());

        assertThat(text).startsWith("# preset mazur\n\n![m-network.png](m-network.png)\n\n![m-graph.png](m-graph.png)\n\n");
        for (Step step : trace.steps()) assertThat(text).contains("\n" + ENGLISH.steps().markdownItem(step) + "\n");
        assertThat(text).contains("\n## Forward pass\n", "\n## Error\n", "\n## Backward pass\n", "\n## Update\n");
    }

    @Test
    void latexPutsEachFormOfAStepOnItsOwnAlignedLine() {
        String text = ENGLISH.latex(trace("simple"), "preset simple", List.of("s-graph.png"), List.of(), List.of());

        assertThat(text).contains("""
                \\paragraph{Step 2}
                \\begin{align*}
                f &= q \\cdot z \\\\
                 &= 3 \\cdot \\left(-4\\right) \\\\
                 &= -12
                \\end{align*}
                """, """
                \\paragraph{Step 3}
                \\begin{align*}
                \\frac{\\partial f}{\\partial f} &= 1
                \\end{align*}
                """, "\\title{preset simple}", "\\includegraphics[width=\\linewidth]{s-graph.png}");
        assertThat(text).endsWith("\\end{document}\n");
    }

    @Test
    void stepPicturesFollowTheirSteps() {
        Trace trace = trace("simple");
        List<String> shown = List.of("s-00.png", "s-01.png", "s-02.png", "s-03.png", "s-04.png", "s-05.png", "s-06.png", "s-07.png");

        String markdown = ENGLISH.markdown(trace, "t", List.of(), shown, List.of());
        String latex = ENGLISH.latex(trace, "t", List.of(), shown, List.of());

        assertThat(markdown).contains("2. $f = q \\cdot z = 3 \\cdot \\left(-4\\right) = -12$ — [picture](s-02.png)\n");
        assertThat(markdown).doesNotContain("s-00.png");
        assertThat(latex).contains("&= -12\n\\end{align*}\n\\begin{center}\n\\includegraphics[width=0.7\\linewidth]{s-02.png}");
    }

    @Test
    void theLecturesNetworkGetsItsErratumAsANoteInTheHandoutsLanguage() {
        Document mazur = Presets.load("mazur").document();
        HandoutWriter portuguese = new HandoutWriter(Words.of(Locale.forLanguageTag("pt-BR")));

        List<String> english = ENGLISH.notes(mazur, trace("mazur"));
        List<String> notes = portuguese.notes(mazur, trace("mazur"));

        assertThat(english).isNotEmpty().allSatisfy(note -> assertThat(note).startsWith("The lecture prints "));
        assertThat(notes).hasSameSizeAs(english).allSatisfy(note -> assertThat(note).startsWith("A aula imprime "));
        assertThat(ENGLISH.notes(Presets.load("simple").document(), trace("simple"))).isEmpty();
        String latex = portuguese.latex(trace("mazur"), "m", List.of(), List.of(), notes);
        assertThat(latex).contains("\\section*{Observações}\n\\begin{itemize}\n\\item A aula imprime ", "\\paragraph{Passo 1}",
                "\\section*{Passo direto}");
    }
}
