package studio.backprop.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import studio.backprop.core.text.WorksheetFiles;
import studio.backprop.rendering.export.PngPictures;

/**
 * The window's worksheet (File → New worksheet…): the core's {@link WorksheetFiles} in the window's language, with
 * the diagrams drawn as PNGs ({@link PngPictures}).
 */
public final class Worksheet {
    private Worksheet() { }

    /** Writes the worksheet for a seed into a folder, all or nothing; returns every file written. */
    public static List<Path> write(long seed, Path folder) throws IOException {
        return new WorksheetFiles(Handout.words(), new PngPictures()).write(seed, folder);
    }
}
