package studio.backprop.core.text;

/** The LaTeX the written documents share: text made safe for text mode, an equation aligned at its first equals sign. */
public final class Latex {
    private Latex() { }

    /** Text safe in LaTeX's text mode: the special characters escaped, Greek and the symbols the lecture uses spelled out. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '_', '%' -> out.append('\\').append(c);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '−' -> out.append('-');
                case '…' -> out.append("\\ldots{}");
                case '·' -> out.append("$\\cdot$");
                case '∂' -> out.append("$\\partial$");
                case 'δ' -> out.append("$\\delta$");
                case 'η' -> out.append("$\\eta$");
                case 'σ' -> out.append("$\\sigma$");
                case '⁺' -> out.append("$^{+}$");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An equation as one line of {@code align*}: the first {@code " = "} becomes {@code " &= "}. */
    public static String align(String equation) {
        int eq = equation.indexOf(" = ");
        return eq < 0 ? equation : equation.substring(0, eq) + " &= " + equation.substring(eq + 3);
    }
}
