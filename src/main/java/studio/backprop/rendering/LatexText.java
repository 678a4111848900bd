package studio.backprop.rendering;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A diagram label as LaTeX text: special characters escaped, numbers and mathematical symbols in
 * {@code $…$} (∂E/∂w5 = −0.02 becomes {@code $\partial$E/$\partial$w5 = $-0.02$}).
 */
public final class LatexText {
    /** A number not glued to a name (w5, o1 stay text). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d_.])[-−]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");
    private static final Map<Character, String> MATH = Map.ofEntries(
            Map.entry('∂', "\\partial "), Map.entry('δ', "\\delta "), Map.entry('η', "\\eta "), Map.entry('σ', "\\sigma "),
            Map.entry('→', "\\rightarrow "), Map.entry('⁺', "^{+}"), Map.entry('·', "\\cdot "), Map.entry('×', "\\times "),
            Map.entry('−', "-"), Map.entry('Σ', "\\Sigma "), Map.entry('∑', "\\sum "), Map.entry('≈', "\\approx "));
    private static final Map<Character, String> ESCAPES = Map.of('\\', "\\textbackslash{}", '&', "\\&", '%', "\\%", '$', "\\$",
            '#', "\\#", '_', "\\_", '{', "\\{", '}', "\\}", '~', "\\textasciitilde{}", '^', "\\textasciicircum{}");

    private LatexText() { }

    /** The label as LaTeX for a text-mode node. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder();
        Matcher number = NUMBER.matcher(text);
        int at = 0;
        while (number.find()) {
            escape(text.substring(at, number.start()), out);
            out.append('$').append(number.group().replace('−', '-')).append('$');
            at = number.end();
        }
        escape(text.substring(at), out);
        return out.toString().replace("$$", "");
    }

    private static void escape(String text, StringBuilder out) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            String math = MATH.get(c);
            if (math != null) {
                out.append('$').append(math.strip()).append('$');
            } else if (c == '…') {
                out.append("\\dots{}");
            } else {
                out.append(ESCAPES.getOrDefault(c, String.valueOf(c)));
            }
        }
    }
}
