package studio.backprop.rendering.diagram;

/**
 * How wide a line of text is, so that a pure layout can size its labels without a toolkit. The layouts
 * use {@link #DEJAVU_SANS}, the advance widths of the diagrams' font (DejaVu Sans) read once from the font
 * files; a renderer whose real font is wider shrinks the text into the layout's box instead of overflowing it.
 */
@FunctionalInterface
public interface TextMeasure {
    /** Width of {@code text} in the diagrams' font at {@code size}, bold or regular, in layout units. */
    double width(String text, double size, boolean bold);

    /** Height of one line of labels at {@code size}: the font's ascent and descent (1.164 em for DejaVu Sans). */
    static double lineHeight(double size) {
        return Math.round(size * 1.17);
    }

    /** DejaVu Sans, regular and bold: advances in thousandths of an em. */
    TextMeasure DEJAVU_SANS = new TextMeasure() {
        /** Advances of the printable ASCII characters, space (32) to tilde (126), regular. */
        private static final short[] REGULAR = {
            318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
            636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
            295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
            500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
            392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};
        /** The same, bold. */
        private static final short[] BOLD = {
            348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696,
            696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372,
            372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838,
            500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595,
            478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838};

        @Override
        public double width(String text, double size, boolean bold) {
            double total = 0;
            for (int k = 0; k < text.length(); k++) total += advance(text.charAt(k), bold);
            return total * size / 1000;
        }

        private int advance(char c, boolean bold) {
            if (c >= 32 && c < 127) return (bold ? BOLD : REGULAR)[c - 32];
            return switch (c) {
                case '∂' -> bold ? 544 : 517;
                case 'δ', 'σ', 'η' -> bold ? 712 : 634;
                case '⁺' -> 528;
                case '−', '→', '×', '∞' -> 838;
                case '·' -> bold ? 380 : 318;
                case 'Σ' -> bold ? 683 : 632;
                case '₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉' -> bold ? 488 : 414;
                default -> 1000; // unknown glyphs: a full em, so that a box is never too narrow
            };
        }
    };
}
