package studio.backprop.rendering.export;

import studio.backprop.core.doc.Document;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.io.OutputTarget;
import studio.backprop.core.text.Pictures;

/**
 * The pictures of handouts and worksheets: PNGs at {@link #SCALE}× on white, drawn with the window's renderers
 * when written; a picture too large for this heap is refused before anything is written.
 */
public final class PngPictures implements Pictures {
    /** Pixel scale of the handouts' pictures. */
    public static final double SCALE = 2;

    @Override
    public OutputTarget.Content draw(Document document, Trace trace, View view, int step) {
        ExportView drawn = view == View.NETWORK ? ExportView.NETWORK : ExportView.GRAPH;
        PngExport.requireRoom(PngExport.size(document, trace, drawn, SCALE));
        return PngExport.png(document, trace, drawn, step, SCALE, ExportBackground.WHITE);
    }
}
