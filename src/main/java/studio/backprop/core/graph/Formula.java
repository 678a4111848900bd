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

    /** Renders formulas; precedence decides the parentheses. */
    final class Renderer {
        private static final int SUM = 1;
        private static final int PRODUCT = 2;
        private static final int UNARY = 3;
        private static final int POWER = 4;
        private static final int ATOM = 5;
        /** Context of an operand after the first; like PRODUCT but parenthesises negative numbers. */
        private static final int LATER = PRODUCT + 1;
        /** Context of a later term of a sum or difference: products stay bare, sums and negative numbers get parentheses. */
        private static final int LATER_TERM = ATOM + 1;

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
            int own = precedence(f);
            if (context == LATER_TERM) {
                context = PRODUCT;
                if (isNegative(f)) own = SUM;
            } else if (context == LATER && isNegative(f)) {
                own = SUM; // a negative operand after an operator gets parentheses: 3·(-4), a + (-4)
            }
            String body = body(f);
            if (own < context) {
                return latex ? "\\left(" + body + "\\right)" : "(" + body + ")";
            }
            return body;
        }

        private static boolean isNegative(Formula f) {
            return f instanceof Number n && (n.value() < 0 || n.value() == 0 && 1 / n.value() < 0)
                    || f instanceof Apply a && a.op() == Op.NEG;
        }

        private int precedence(Formula f) {
            if (f instanceof Sum) return SUM;
            if (f instanceof Product) return PRODUCT;
            if (f instanceof Number n) return n.value() < 0 || Double.isNaN(n.value()) ? UNARY : ATOM;
            if (f instanceof Apply a) {
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

        private String body(Formula f) {
            if (f instanceof Symbol s) return symbol(s.name());
            if (f instanceof Number n) return style.format(n.value());
            if (f instanceof Text t) return latex ? t.latex() : t.plain();
            if (f instanceof Positive p) return "[" + render(p.arg(), 0) + (latex ? " > 0]" : " > 0]");
            if (f instanceof Partial p) {
                if (latex) {
                    return "\\frac{\\partial " + render(p.of(), ATOM) + "}{\\partial " + render(p.wrt(), ATOM) + "}";
                }
                return "∂" + render(p.of(), ATOM) + "/∂" + render(p.wrt(), ATOM);
            }
            if (f instanceof Product p) return join(p.factors(), latex ? " \\cdot " : " · ", PRODUCT + 1, PRODUCT);
            if (f instanceof Sum s) return joinSum(s.terms());
            return apply((Apply) f);
        }

        private String join(List<Formula> parts, String separator, int context, int firstContext) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) out.append(separator);
                out.append(render(parts.get(i), i == 0 ? firstContext : context));
            }
            return out.toString();
        }

        private String joinSum(List<Formula> terms) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < terms.size(); i++) {
                if (i > 0) out.append(" + ");
                out.append(render(terms.get(i), i == 0 ? SUM : LATER_TERM));
            }
            return out.toString();
        }

        private String apply(Apply a) {
            Op op = a.op();
            List<Formula> args = a.args();
            String dot = latex ? " \\cdot " : "·";
            switch (op.style()) {
                case PREFIX:
                    return "-" + render(args.get(0), UNARY + 1);
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
                    List<Formula> shown = op == Op.SOFTMAX ? args.subList(0, 1) : args;
                    String inner = join(shown, ", ", 0, 0);
                    return latex ? name + "\\left(" + inner + "\\right)" : name + "(" + inner + ")";
                }
                case WEIGHTED: {
                    StringBuilder out = new StringBuilder();
                    int pairs = args.size() / 2;
                    for (int k = 0; k < pairs; k++) {
                        if (k > 0) out.append(" + ");
                        out.append(render(args.get(2 * k), k == 0 ? PRODUCT : LATER)).append(dot)
                                .append(render(args.get(2 * k + 1), PRODUCT + 1));
                    }
                    if (args.size() % 2 == 1) {
                        if (pairs > 0) out.append(" + ");
                        out.append(render(args.get(args.size() - 1), pairs == 0 ? SUM : LATER)).append(dot).append("1");
                    }
                    return out.toString();
                }
                case LOSS: {
                    String t = render(args.get(0), SUM + 1);
                    String o = render(args.get(1), SUM + 1);
                    String ln = latex ? "\\ln" : "ln";
                    return switch (op) {
                        case HALF_SQUARED_ERROR -> (latex ? "\\tfrac{1}{2}" : "½") + paren(t + " - " + o) + (latex ? "^{2}" : "²");
                        case SQUARED_ERROR -> paren(t + " - " + o) + (latex ? "^{2}" : "²");
                        case BINARY_CROSS_ENTROPY -> "-" + (latex ? "\\left[" : "[") + t + dot + ln + paren(o) + " + "
                                + paren("1 - " + t) + dot + ln + paren("1 - " + o) + (latex ? "\\right]" : "]");
                        default -> "-" + t + dot + ln + paren(o);
                    };
                }
                case INFIX:
                default: {
                    int prec = precedence(a);
                    if (op == Op.POW) {
                        String base = render(args.get(0), POWER + 1);
                        String exponent = render(args.get(1), latex ? 0 : POWER + 1);
                        return latex ? base + "^{" + exponent + "}" : base + "^" + exponent;
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
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < args.size(); i++) {
                        if (i > 0) out.append(sep);
                        // left-associative: the first operand may share the level, later ones bind tighter
                        // (so a − (b − c) and a/(b·c) keep their parentheses); a sum's later terms may be products.
                        int context = i == 0 ? prec : prec == SUM ? LATER_TERM : Math.max(prec + 1, LATER);
                        out.append(render(args.get(i), context));
                    }
                    return out.toString();
                }
            }
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
            String word = letters.toString();
            // multi-letter names (net, out, total) upright-italic as one word, not a product of letters
            out.append(word.length() > 1 && word.chars().allMatch(Character::isLetter) ? "\\mathit{" + word + "}" : word);
            letters.setLength(0);
        }
    }
}
