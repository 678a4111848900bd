package studio.backprop.rendering;

import java.awt.font.FontRenderContext;

/** How text is measured where there is no Graphics2D (TikZ): antialiased, fractional metrics, identity transform. */
final class AwtText {
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private AwtText() { }
}
