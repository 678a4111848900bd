package studio.backprop.core.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputTarget;

/**
 * A handout on disk: its text ({@link HandoutWriter}) with the diagrams as pictures beside it, referenced from it,
 * all written or none (through {@link OutputTarget}). Shared by the window (File → Export handout…) and the command
 * line ({@code handout}); each passes the pictures it can draw.
 *
 * @param words    the handout's language
 * @param pictures draws the diagrams
 */
public record HandoutFiles(Words words, Pictures pictures) {

    /**
     * Writes the handout and its pictures, all or nothing; returns every file written, the document first.
     *
     * @param stepPictures also write one picture per step ({@code NAME-step-00.png} = nothing computed, …)
     * @throws IOException when a file is refused or cannot be written; then none of them is
     */
    public List<Path> write(Document document, Trace trace, String title, HandoutWriter.Format format, Path out,
                            boolean stepPictures) throws IOException {
        OutputTarget.Batch batch = OutputTarget.batch();
        List<Path> written = add(batch, document, trace, title, format, out, stepPictures);
        batch.commit();
        return written;
    }

    /**
     * Adds the handout and its pictures to a batch (the pictures are drawn when the batch is committed, one at a
     * time); returns their paths, the document first.
     */
    public List<Path> add(OutputTarget.Batch batch, Document document, Trace trace, String title, HandoutWriter.Format format,
                          Path out, boolean stepPictures) throws IOException {
        OutputTarget.check(out);
        Path folder = out.toAbsolutePath().getParent();
        String base = baseName(out);
        List<Path> written = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Pictures.View diagram = document instanceof NetworkDocument ? Pictures.View.NETWORK : Pictures.View.GRAPH;
        int last = trace.steps().size() - 1;
        if (diagram == Pictures.View.NETWORK) {
            shown.add(picture(batch, document, trace, Pictures.View.NETWORK, last, folder, base + "-network.png", written));
        }
        shown.add(picture(batch, document, trace, Pictures.View.GRAPH, last, folder, base + "-graph.png", written));
        List<String> stepFiles = new ArrayList<>();
        if (stepPictures) {
            for (int steps = 0; steps <= trace.steps().size(); steps++) {
                stepFiles.add(picture(batch, document, trace, diagram, steps - 1, folder, stepFile(base, steps), written));
            }
        }
        HandoutWriter writer = new HandoutWriter(words);
        String text = writer.write(format, trace, title, shown, stepFiles, writer.notes(document, trace));
        batch.add(out, OutputTarget.text(text));
        written.add(0, out);
        return written;
    }

    /** The picture of the pass after {@code shown} steps: {@code BASE-step-07.png}. */
    public static String stepFile(String base, int shown) {
        return String.format(Locale.ROOT, "%s-step-%02d.png", base, shown);
    }

    /** The file name without its extension. */
    public static String baseName(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String picture(OutputTarget.Batch batch, Document document, Trace trace, Pictures.View view, int step,
                           Path folder, String name, List<Path> written) {
        Path file = folder.resolve(name);
        batch.add(file, pictures.draw(document, trace, view, step));
        written.add(file);
        return name;
    }
}
