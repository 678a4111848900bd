package studio.backprop.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.backprop.app.support.Messages;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Phase;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputException;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.core.io.SessionFiles;
import studio.backprop.core.io.Worksheets;

/**
 * A worksheet for practice: a 2-2-2 network with nice random numbers ({@link Worksheets}), a blank diagram
 * (the given numbers only, nothing computed), the list of quantities to compute, an answer key with the
 * full derivation, and the session file so the lecturer can open the same network in the window.
 */
public final class Worksheet {
    /** The worksheet's Markdown file. */
    public static final String SHEET = "worksheet.md";
    /** The blank diagram. */
    public static final String BLANK = "worksheet.png";
    /** The answer key's Markdown file (its pictures are written beside it). */
    public static final String ANSWERS = "answers.md";
    /** The network as a session file. */
    public static final String SESSION = "worksheet.json";

    private Worksheet() { }

    /** Writes the worksheet for a seed into a folder, all or nothing (through {@link OutputTarget}); returns every file written. */
    public static List<Path> write(long seed, Path folder) throws IOException {
        if (folder.toString().isBlank()) throw new OutputException(folder, "no folder given");
        if (Files.exists(folder) && !Files.isDirectory(folder)) throw new OutputException(folder, "is not a folder");
        NetworkDocument document = Worksheets.generate(seed);
        Trace trace = Computation.trace(document);
        OutputTarget.Batch batch = OutputTarget.batch();
        List<Path> written = new ArrayList<>();
        Path blank = folder.resolve(BLANK);
        batch.add(blank, PngExport.png(document, trace, ExportView.NETWORK, -1, Handout.SCALE, ExportBackground.WHITE));
        written.add(blank);
        Path sheet = folder.resolve(SHEET);
        batch.add(sheet, OutputTarget.text(sheet(seed, document, trace)));
        written.add(sheet);
        written.addAll(Handout.add(batch, document, trace, Messages.format("worksheet.answers", String.valueOf(seed)),
                Handout.Format.MARKDOWN, folder.resolve(ANSWERS), false));
        Path session = folder.resolve(SESSION);
        batch.add(session, OutputTarget.text(SessionFiles.write(document, document.name(),
                Messages.format("worksheet.description", String.valueOf(seed)))));
        written.add(session);
        batch.commit();
        return written;
    }

    /** The questions: the given numbers, the blank diagram and one blank per step. */
    static String sheet(long seed, NetworkDocument document, Trace trace) {
        StringBuilder out = new StringBuilder("# ").append(Messages.format("worksheet.title", String.valueOf(seed))).append("\n\n")
                .append(Messages.format("worksheet.intro", NumberStyle.LECTURE.format(document.network().learningRate())))
                .append("\n\n| ").append(Messages.get("worksheet.given")).append(" | ").append(Messages.get("worksheet.value"))
                .append(" |\n|---|---|\n");
        for (String name : Worksheets.givenNames()) {
            out.append("| ").append(name).append(" | ")
                    .append(NumberStyle.LECTURE.format(DocumentEdits.value(document, name).orElseThrow())).append(" |\n");
        }
        out.append("\n![").append(Messages.get("worksheet.picture")).append("](").append(BLANK).append(")\n");
        Phase phase = null;
        for (Step step : trace.steps()) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append("\n## ").append(Handout.heading(phase)).append("\n\n");
            }
            out.append(step.index() + 1).append(". $").append(step.equation().lhs().toLatex(NumberStyle.LECTURE))
                    .append("$ = \\_\\_\\_\\_\\_\\_\\_\\_\n");
        }
        return out.toString();
    }
}
