package studio.backprop.core.graph;

import java.util.List;
import java.util.Map;

/**
 * A small formula tree for equations: symbols, numbers, partial derivatives and op applications.
 * One tree renders as plain text ({@code ∂E_total/∂w5}) and as LaTeX
 * ({@code \frac{\partial E_{total}}{\partial w_{5}}}), so every view writes the same equation.
 */
public sealed interface Formula {

    /** A named quantity such as {@code net_h1}; the part after the first underscore is a subscript. */
    record Symbol(String name) implements Formula { }

    /** A number, formatted when the formula is rendered. */
    record Number(double value) implements Formula { }

    /** ∂of/∂wrt. */
    record Partial(Formula of, Formula wrt) implements Formula { }

    /** An op applied to argument formulas; drawn with the op's own symbol. */
    record Apply(Op op, List<Formula> args) implements Formula {
        public Apply { args = List.copyOf(args); }
    }

    /** A product of factors written with the dot, as the chain rule is written. */
    record Product(List<Formula> factors) implements Formula {
        public Product { factors = List.copyOf(factors); }
    }

    /** A sum of terms, as a sum over paths is written. */
    record Sum(List<Formula> terms) implements Formula {
        public Sum { terms = List.copyOf(terms); }
    }

    /** Iverson bracket [arg &gt; 0] (ReLU's derivative). */
    record Positive(Formula arg) implements Formula { }

    /** Text given verbatim, with its LaTeX twin. */
    record Text(String plain, String latex) implements Formula { }

    static Formula symbol(String name) { return new Symbol(name); }

    static Formula num(double value) { return new Number(value); }

    static Formula partial(Formula of, Formula wrt) { return new Partial(of, wrt); }

    static Formula partial(String of, String wrt) { return new Partial(new Symbol(of), new Symbol(wrt)); }

    static Formula apply(Op op, Formula... args) { return new Apply(op, List.of(args)); }

    static Formula apply(Op op, List<Formula> args) { return new Apply(op, args); }

    static Formula product(List<Formula> factors) { return factors.size() == 1 ? factors.get(0) : new Product(factors); }

    static Formula product(Formula... factors) { return product(List.of(factors)); }

    static Formula sum(List<Formula> terms) { return terms.size() == 1 ? terms.get(0) : new Sum(terms); }

    static Formula positive(Formula arg) { return new Positive(arg); }

    static Formula text(String plain, String latex) { return new Text(plain, latex); }

    /** Plain text with Unicode symbols, numbers in the given style. */
    default String toText(NumberStyle style) {
        return new Renderer(false, style).render(this, 0);
    }

    /** LaTeX (math mode, no surrounding dollars), numbers in the given style. */
    default String toLatex(NumberStyle style) {
        return new Renderer(true, style).render(this, 0);
    }

    /**
     * Renders formulas. Precedence decides the parentheses, plus one rule for signs, the same in text and
     * LaTeX: an operand whose printed text starts with a minus gets parentheses when it follows a binary
     * operator ({@code 3·(-4)}, {@code a + (-0.019)}, {@code 1·5 + (-1)·(-4)}), and an operand that prints
     * without a minus never does (so −0 prints {@code + 0}).
     */
    final class Renderer {
        private static final int SUM = 1;
        private static final int PRODUCT = 2;
        private static final int UNARY = 3;
        private static final int POWER = 4;
        private static final int ATOM = 5;

        private static final Map<String, String> GREEK = Map.ofEntries(
                Map.entry("α", "\\alpha"), Map.entry("β", "\\beta"), Map.entry("γ", "\\gamma"),
                Map.entry("δ", "\\delta"), Map.entry("Δ", "\\Delta"), Map.entry("η", "\\eta"),
                Map.entry("λ", "\\lambda"), Map.entry("μ", "\\mu"), Map.entry("σ", "\\sigma"),
                Map.entry("Σ", "\\Sigma"), Map.entry("θ", "\\theta"), Map.entry("ε", "\\varepsilon"),
                Map.entry("∂", "\\partial "), Map.entry("·", "\\cdot "), Map.entry("−", "-"),
                Map.entry("⊙", "\\odot "), Map.entry("ᵀ", "^{T}"), Map.entry("½", "\\tfrac{1}{2}"),
                Map.entry("²", "^{2}"), Map.entry("⁺", "^{+}"));

        private final boolean latex;
        private final NumberStyle style;

        Renderer(boolean latex, NumberStyle style) {
            this.latex = latex;
            this.style = style;
        }

        String render(Formula f, int context) {
            return render(f, context, false);
        }

        /**
         * Renders {@code f} where the surrounding operator binds at {@code context}; {@code afterOperator}
         * says the text follows a binary operator (or a minus sign), so a leading minus needs parentheses.
         */
        String render(Formula f, int context, boolean afterOperator) {
            if (precedence(f) < context) return paren(body(f, false));
            if (afterOperator && startsWithMinus(f)) return paren(body(f, false));
            return body(f, afterOperator);
        }

        /** Whether the formula's own text starts with a minus (not one of its operands'). */
        private boolean startsWithMinus(Formula f) {
            if (f instanceof Number n) return style.format(n.value()).startsWith("-");
            if (f instanceof Apply a) {
                return a.op().style() == Op.Style.PREFIX
                        || a.op().style() == Op.Style.LOSS && a.op() != Op.HALF_SQUARED_ERROR && a.op() != Op.SQUARED_ERROR;
            }
            return false;
        }

        private int precedence(Formula f) {
            if (f instanceof Sum) return SUM;
            if (f instanceof Product) return PRODUCT;
            if (f instanceof Number n) return style.format(n.value()).startsWith("-") ? UNARY : ATOM;
            if (f instanceof Apply a) {
                if (a.op() == Op.SOFTMAX) return PRODUCT; // a quotient of exponentials
                return switch (a.op().style()) {
                    case INFIX -> switch (a.op()) {
                        case ADD, SUB -> SUM;
                        case MUL, DIV -> PRODUCT;
                        default -> POWER;
                    };
                    case PREFIX -> UNARY;
                    case WEIGHTED -> SUM;
                    case LOSS -> a.op() == Op.HALF_SQUARED_ERROR || a.op() == Op.SQUARED_ERROR ? PRODUCT : UNARY;
                    case FUNCTION -> ATOM;
                };
            }
            return ATOM;
        }

        /** The formula's text without parentheses of its own; {@code afterOperator} passes to its first operand. */
        private String body(Formula f, boolean afterOperator) {
            if (f instanceof Symbol s) return symbol(s.name());
            if (f instanceof Number n) return style.format(n.value());
            if (f instanceof Text t) return latex ? t.latex() : t.plain();
            if (f instanceof Positive p) return "[" + render(p.arg(), 0) + " > 0]";
            if (f instanceof Partial p) {
                if (latex) {
                    return "\\frac{\\partial " + render(p.of(), ATOM) + "}{\\partial " + render(p.wrt(), ATOM) + "}";
                }
                return "∂" + render(p.of(), ATOM) + "/∂" + render(p.wrt(), ATOM);
            }
            if (f instanceof Product p) return join(p.factors(), latex ? " \\cdot " : " · ", PRODUCT, UNARY, afterOperator);
            if (f instanceof Sum s) return join(s.terms(), " + ", SUM, PRODUCT, afterOperator);
            return apply((Apply) f, afterOperator);
        }

        /** Operands joined by a binary operator: the first at {@code firstContext}, the later ones after it. */
        private String join(List<Formula> parts, String separator, int firstContext, int context, boolean afterOperator) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) out.append(separator);
                out.append(i == 0 ? render(parts.get(i), firstContext, afterOperator) : render(parts.get(i), context, true));
            }
            return out.toString();
        }

        private String apply(Apply a, boolean afterOperator) {
            Op op = a.op();
            List<Formula> args = a.args();
            String dot = latex ? " \\cdot " : "·";
            if (op == Op.SOFTMAX) return softmax(args);
            switch (op.style()) {
                case PREFIX:
                    return "-" + render(args.get(0), UNARY + 1, true);
                case FUNCTION: {
                    String name = switch (op) {
                        case SIGMOID -> latex ? "\\sigma" : "σ";
                        case LOG -> latex ? "\\ln" : "ln";
                        case EXP -> latex ? "\\exp" : "exp";
                        case TANH -> latex ? "\\tanh" : "tanh";
                        case RELU -> latex ? "\\operatorname{relu}" : "relu";
                        case MEAN -> latex ? "\\operatorname{mean}" : "mean";
                        default -> latex ? "\\operatorname{" + op.symbol() + "}" : op.symbol();
                    };
                    String inner = join(args, ", ", 0, 0, false);
                    return latex ? name + "\\left(" + inner + "\\right)" : name + "(" + inner + ")";
                }
                case WEIGHTED: {
                    StringBuilder out = new StringBuilder();
                    int pairs = args.size() / 2;
                    for (int k = 0; k < pairs; k++) {
                        if (k > 0) out.append(" + ");
                        out.append(render(args.get(2 * k), PRODUCT, k > 0 || afterOperator)).append(dot)
                                .append(render(args.get(2 * k + 1), UNARY, true));
                    }
                    if (args.size() % 2 == 1) {
                        if (pairs > 0) out.append(" + ");
                        out.append(render(args.get(args.size() - 1), PRODUCT, pairs > 0 || afterOperator)).append(dot).append("1");
                    }
                    return out.toString();
                }
                case LOSS: {
                    String t = render(args.get(0), SUM + 1);
                    String o = render(args.get(1), SUM + 1, true);
                    String oneMinusT = "1 - " + render(args.get(0), SUM + 1, true);
                    String ln = latex ? "\\ln" : "ln";
                    return switch (op) {
                        case HALF_SQUARED_ERROR -> (latex ? "\\tfrac{1}{2}" : "½") + paren(t + " - " + o) + (latex ? "^{2}" : "²");
                        case SQUARED_ERROR -> paren(t + " - " + o) + (latex ? "^{2}" : "²");
                        case BINARY_CROSS_ENTROPY -> "-" + (latex ? "\\left[" : "[") + t + dot + ln + paren(render(args.get(1), 0))
                                + " + " + paren(oneMinusT) + dot + ln + paren("1 - " + o) + (latex ? "\\right]" : "]");
                        default -> "-" + render(args.get(0), UNARY, true) + dot + ln + paren(render(args.get(1), 0));
                    };
                }
                case INFIX:
                default: {
                    int prec = precedence(a);
                    if (op == Op.POW) {
                        String base = render(args.get(0), POWER + 1, afterOperator);
                        if (latex) return base + "^{" + render(args.get(1), 0) + "}";
                        return base + "^" + render(args.get(1), POWER + 1, true);
                    }
                    if (op == Op.DIV && latex) {
                        return "\\frac{" + render(args.get(0), 0) + "}{" + render(args.get(1), 0) + "}";
                    }
                    String sep = switch (op) {
                        case ADD -> " + ";
                        case SUB -> " - ";
                        case MUL -> dot;
                        case DIV -> "/";
                        default -> " " + op.symbol() + " ";
                    };
                    // left-associative: the first operand may share the level, later ones bind tighter (so
                    // a − (b − c) and a/(b·c) keep their parentheses); a sum's later terms may be products
                    return join(args, sep, prec, prec == SUM ? PRODUCT : prec + 1, afterOperator);
                }
            }
        }

        /**
         * One softmax output as the slides write it, a fraction of exponentials: e^{net_o1}/Σ_k e^{net_ok}
         * when the inputs are names sharing a stem, the sum written out otherwise (and with numbers).
         * The inputs are the output's own logit, then every logit.
         */
        private String softmax(List<Formula> args) {
            Formula own = args.get(0);
            List<Formula> all = args.subList(1, args.size());
            String stem = commonStem(all);
            String numerator = exp(own);
            String denominator;
            if (stem != null) {
                // the index k set like the digits it stands for (o1 → ok), not as a word "ok"
                String logit = latex ? symbol(stem + "0") : stem + "0";
                int at = logit.lastIndexOf('0');
                String indexed = logit.substring(0, at) + "k" + logit.substring(at + 1);
                String term = exp(new Text(indexed, indexed));
                denominator = latex ? "\\sum_{k} " + term : "Σ_k " + term;
            } else {
                StringBuilder sum = new StringBuilder();
                for (int i = 0; i < all.size(); i++) {
                    if (all.size() > MAX_TERMS && i >= 2 && i < all.size() - 1) {
                        if (i == 2) sum.append(latex ? " + \\cdots" : " + …");
                        continue;
                    }
                    sum.append(i > 0 ? " + " : "").append(exp(all.get(i)));
                }
                denominator = latex || all.size() == 1 ? sum.toString() : paren(sum.toString());
            }
            return latex ? "\\frac{" + numerator + "}{" + denominator + "}" : numerator + "/" + denominator;
        }

        /** Beyond this many logits the written-out sum shows the first two, an ellipsis and the last. */
        private static final int MAX_TERMS = 4;

        private String exp(Formula power) {
            return latex ? "e^{" + render(power, 0) + "}" : "e^" + render(power, POWER + 1, true);
        }

        /** The stem two or more names share before their last part (net_o1, net_o2 → net_o), or null. */
        private static String commonStem(List<Formula> names) {
            if (names.size() < 2 || !names.stream().allMatch(n -> n instanceof Symbol)) return null;
            String first = ((Symbol) names.get(0)).name();
            int length = first.length();
            for (Formula n : names) {
                String name = ((Symbol) n).name();
                int same = 0;
                while (same < Math.min(length, name.length()) && name.charAt(same) == first.charAt(same)) same++;
                length = same;
            }
            for (Formula n : names) if (((Symbol) n).name().length() == length) return null;
            return length == 0 ? null : first.substring(0, length);
        }

        private String paren(String inner) {
            return latex ? "\\left(" + inner + "\\right)" : "(" + inner + ")";
        }

        private String symbol(String name) {
            if (!latex) return name;
            int underscore = name.indexOf('_');
            String base = underscore < 0 ? name : name.substring(0, underscore);
            String sub = underscore < 0 ? null : name.substring(underscore + 1);
            String out = latexWord(base);
            if (sub != null && !sub.isEmpty()) out += "_{" + latexWord(sub) + "}";
            return out;
        }

        private static String latexWord(String word) {
            StringBuilder out = new StringBuilder();
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                String mapped = GREEK.get(ch);
                if (mapped != null) {
                    flush(out, letters);
                    out.append(mapped.endsWith(" ") || mapped.startsWith("^") ? mapped : mapped + " ");
                } else if (ch.equals("_") || ch.equals("{") || ch.equals("}") || ch.equals("\\") || ch.equals("#")
                        || ch.equals("%") || ch.equals("&") || ch.equals("$")) {
                    flush(out, letters);
                    out.append("\\").append(ch.equals("\\") ? "backslash " : ch);
                } else {
                    letters.append(ch);
                }
                i += Character.charCount(cp);
            }
            flush(out, letters);
            return out.toString().trim();
        }

        private static void flush(StringBuilder out, StringBuilder letters) {
            if (letters.length() == 0) return;
            // multi-letter names (net, out, total) in plain math italic, as the slides set $out_{h1}$: JLaTeXMath
            // sets \mathit{out} letter by letter with gaps ("o ut") and \textit in a heavier text font
            out.append(letters);
            letters.setLength(0);
        }
    }
}
