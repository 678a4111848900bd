package studio.backprop.core.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputException;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.core.io.SessionFiles;
import studio.backprop.core.io.Worksheets;

/**
 * A worksheet for practice: a 2-2-2 network with nice random numbers ({@link Worksheets}), a blank diagram (the
 * given numbers only, nothing computed), the list of quantities to compute, an answer key with the full derivation
 * (a {@link HandoutFiles handout}), and the session file so the lecturer can open the same network in the window.
 *
 * @param words    the worksheet's language
 * @param pictures draws the diagrams
 */
public record WorksheetFiles(Words words, Pictures pictures) {
    /** The worksheet's Markdown file. */
    public static final String SHEET = "worksheet.md";
    /** The blank diagram. */
    public static final String BLANK = "worksheet.png";
    /** The answer key's Markdown file (its pictures are written beside it). */
    public static final String ANSWERS = "answers.md";
    /** The network as a session file. */
    public static final String SESSION = "worksheet.json";

    /** Writes the worksheet for a seed into a folder, all or nothing (through {@link OutputTarget}); returns every file written. */
    public List<Path> write(long seed, Path folder) throws IOException {
        if (folder.toString().isBlank()) throw new OutputException(folder, "no folder given");
        if (Files.exists(folder) && !Files.isDirectory(folder)) throw new OutputException(folder, "is not a folder");
        NetworkDocument document = Worksheets.generate(seed);
        Trace trace = Computation.trace(document);
        OutputTarget.Batch batch = OutputTarget.batch();
        List<Path> written = new ArrayList<>();
        Path blank = folder.resolve(BLANK);
        batch.add(blank, pictures.draw(document, trace, Pictures.View.NETWORK, -1));
        written.add(blank);
        Path sheet = folder.resolve(SHEET);
        batch.add(sheet, OutputTarget.text(sheet(seed, document, trace)));
        written.add(sheet);
        written.addAll(new HandoutFiles(words, pictures).add(batch, document, trace,
                words.format("worksheet.answers", String.valueOf(seed)), HandoutWriter.Format.MARKDOWN, folder.resolve(ANSWERS), false));
        Path session = folder.resolve(SESSION);
        batch.add(session, OutputTarget.text(SessionFiles.write(document, document.name(),
                words.format("worksheet.description", String.valueOf(seed)))));
        written.add(session);
        batch.commit();
        return written;
    }

    /** The questions: the given numbers, the blank diagram and one blank per step. */
    public String sheet(long seed, NetworkDocument document, Trace trace) {
        TraceWriter steps = new HandoutWriter(words).steps();
        StringBuilder out = new StringBuilder("# ").append(words.format("worksheet.title", String.valueOf(seed))).append("\n\n")
                .append(words.format("worksheet.intro", NumberStyle.LECTURE.format(document.network().learningRate())))
                .append("\n\n| ").append(words.get("worksheet.given")).append(" | ").append(words.get("worksheet.value"))
                .append(" |\n|---|---|\n");
        for (String name : Worksheets.givenNames()) {
            out.append("| ").append(name).append(" | ")
                    .append(NumberStyle.LECTURE.format(DocumentEdits.value(document, name).orElseThrow())).append(" |\n");
        }
        out.append("\n![").append(words.get("worksheet.picture")).append("](").append(BLANK).append(")\n");
        for (Section<Step> section : TraceWriter.sections(trace)) {
            out.append("\n## ").append(words.heading(section.phase())).append("\n\n");
            for (Step step : section.steps()) {
                Line line = steps.latex(step);
                out.append(line.number()).append(". $").append(line.lhs()).append("$ = \\_\\_\\_\\_\\_\\_\\_\\_\n");
            }
        }
        return out.toString();
    }
}
