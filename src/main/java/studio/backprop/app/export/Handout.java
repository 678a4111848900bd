package studio.backprop.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import studio.backprop.app.support.Messages;
import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.text.HandoutFiles;
import studio.backprop.core.text.HandoutWriter;
import studio.backprop.core.text.Words;
import studio.backprop.rendering.export.PngPictures;

/**
 * The window's handout (File → Export handout…): the core's {@link HandoutFiles} in the window's language, with
 * the diagrams drawn as PNGs ({@link PngPictures}).
 */
public final class Handout {
    private Handout() { }

    /** The words of the window's language. */
    static Words words() {
        return Words.of(Messages.bundle().getLocale());
    }

    /**
     * Writes the handout and its pictures, all or nothing; returns every file written, the document first.
     *
     * @param stepPictures also write one picture per step ({@code NAME-step-00.png} = nothing computed, …)
     * @throws IOException when a file is refused or cannot be written; then none of them is
     */
    public static List<Path> write(Document document, Trace trace, String title, HandoutWriter.Format format, Path out,
                                   boolean stepPictures) throws IOException {
        return new HandoutFiles(words(), new PngPictures()).write(document, trace, title, format, out, stepPictures);
    }
}
