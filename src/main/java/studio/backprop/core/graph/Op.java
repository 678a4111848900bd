package studio.backprop.core.graph;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.problem.Problem;

/**
 * The operations a scalar node performs. Each constant states, in one place, its symbol and name,
 * its forward value, its local derivative with respect to each input, and that derivative as a
 * formula, so that the diagrams, the equations and the arithmetic cannot disagree.
 */
public enum Op {
    /** Sum of any number of inputs; each local derivative is 1. */
    ADD("+", "add", 1, Integer.MAX_VALUE, Style.INFIX) {
        @Override public double value(double[] in) {
            double sum = 0;
            for (double x : in) sum += x;
            return sum;
        }
        @Override public double localGradient(double[] in, double value, int i) { return 1; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) { return Formula.num(1); }
    },
    /** a − b. */
    SUB("−", "subtract", 2, 2, Style.INFIX) {
        @Override public double value(double[] in) { return in[0] - in[1]; }
        @Override public double localGradient(double[] in, double value, int i) { return i == 0 ? 1 : -1; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) { return Formula.num(i == 0 ? 1 : -1); }
    },
    /** Product of any number of inputs; the local derivative is the product of the others. */
    MUL("·", "multiply", 2, Integer.MAX_VALUE, Style.INFIX) {
        @Override public double value(double[] in) {
            double product = 1;
            for (double x : in) product *= x;
            return product;
        }
        @Override public double localGradient(double[] in, double value, int i) {
            double product = 1;
            for (int k = 0; k < in.length; k++) if (k != i) product *= in[k];
            return product;
        }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            List<Formula> others = new ArrayList<>(in);
            others.remove(i);
            return others.size() == 1 ? others.get(0) : Formula.apply(MUL, others);
        }
    },
    /** a / b; b = 0 is a domain error. */
    DIV("/", "divide", 2, 2, Style.INFIX) {
        @Override public double value(double[] in) { return in[0] / in[1]; }
        @Override public double localGradient(double[] in, double value, int i) {
            return i == 0 ? 1 / in[1] : -in[0] / (in[1] * in[1]);
        }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return i == 0 ? Formula.apply(DIV, Formula.num(1), in.get(1))
                    : Formula.apply(NEG, Formula.apply(DIV, in.get(0), Formula.apply(POW, in.get(1), Formula.num(2))));
        }
        @Override public Problem domainError(double[] in) { return in[1] == 0 ? Problem.of("graph.divisionByZero") : null; }
    },
    /** −a. */
    NEG("−", "negate", 1, 1, Style.PREFIX) {
        @Override public double value(double[] in) { return -in[0]; }
        @Override public double localGradient(double[] in, double value, int i) { return -1; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) { return Formula.num(-1); }
    },
    /** a^b; the derivative in b is a^b·ln a, defined for a &gt; 0. */
    POW("^", "power", 2, 2, Style.INFIX) {
        @Override public double value(double[] in) { return Math.pow(in[0], in[1]); }
        @Override public double localGradient(double[] in, double value, int i) {
            if (i == 0) return in[1] == 0 ? 0 : in[1] * Math.pow(in[0], in[1] - 1);
            return in[0] > 0 ? value * Math.log(in[0]) : 0;
        }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            if (i == 0) {
                return Formula.apply(MUL, in.get(1), Formula.apply(POW, in.get(0), Formula.apply(SUB, in.get(1), Formula.num(1))));
            }
            return Formula.apply(MUL, self, Formula.apply(LOG, in.get(0)));
        }
        @Override public Problem domainError(double[] in) {
            if (in[0] < 0 && in[1] != Math.rint(in[1])) return Problem.of("graph.negativeBase");
            if (in[0] == 0 && in[1] < 0) return Problem.of("graph.zeroNegativePower");
            return null;
        }
    },
    /** e^a. */
    EXP("exp", "exponential", 1, 1, Style.FUNCTION) {
        @Override public double value(double[] in) { return Math.exp(in[0]); }
        @Override public double localGradient(double[] in, double value, int i) { return value; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) { return self; }
    },
    /** Natural logarithm; a ≤ 0 is a domain error. */
    LOG("log", "natural logarithm", 1, 1, Style.FUNCTION) {
        @Override public double value(double[] in) { return Math.log(in[0]); }
        @Override public double localGradient(double[] in, double value, int i) { return 1 / in[0]; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return Formula.apply(DIV, Formula.num(1), in.get(0));
        }
        @Override public Problem domainError(double[] in) { return in[0] <= 0 ? Problem.of("graph.logNonPositive") : null; }
    },
    /** Logistic sigmoid σ(a) = 1 / (1 + e^−a); σ′ = σ(1 − σ). */
    SIGMOID("σ", "sigmoid", 1, 1, Style.FUNCTION) {
        @Override public double value(double[] in) { return sigmoid(in[0]); }
        @Override public double localGradient(double[] in, double value, int i) { return value * (1 - value); }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return Formula.apply(MUL, self, Formula.apply(SUB, Formula.num(1), self));
        }
    },
    /** Hyperbolic tangent; tanh′ = 1 − tanh². */
    TANH("tanh", "hyperbolic tangent", 1, 1, Style.FUNCTION) {
        @Override public double value(double[] in) { return Math.tanh(in[0]); }
        @Override public double localGradient(double[] in, double value, int i) { return 1 - value * value; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return Formula.apply(SUB, Formula.num(1), Formula.apply(POW, self, Formula.num(2)));
        }
    },
    /** Rectified linear unit max(0, a); its derivative at 0 is taken as 0. */
    RELU("relu", "rectified linear unit", 1, 1, Style.FUNCTION) {
        @Override public double value(double[] in) { return in[0] > 0 ? in[0] : 0; }
        @Override public double localGradient(double[] in, double value, int i) { return in[0] > 0 ? 1 : 0; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return Formula.positive(in.get(0));
        }
    },
    /**
     * Weighted sum w₁·x₁ + w₂·x₂ + … (+ b·1): inputs come in (weight, input) pairs, an odd last one is a bias.
     * This is a neuron's net input in one node, as the lecture writes {@code net_h1 = w1·i1 + w2·i2 + b1·1}.
     */
    WEIGHTED_SUM("Σ", "weighted sum", 1, Integer.MAX_VALUE, Style.WEIGHTED) {
        @Override public double value(double[] in) {
            double sum = 0;
            int pairs = in.length / 2;
            for (int k = 0; k < pairs; k++) sum += in[2 * k] * in[2 * k + 1];
            if (in.length % 2 == 1) sum += in[in.length - 1];
            return sum;
        }
        @Override public double localGradient(double[] in, double value, int i) {
            if (i == in.length - 1 && in.length % 2 == 1) return 1;
            return i % 2 == 0 ? in[i + 1] : in[i - 1];
        }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            if (i == in.size() - 1 && in.size() % 2 == 1) return Formula.num(1);
            return i % 2 == 0 ? in.get(i + 1) : in.get(i - 1);
        }
    },
    /** The lecture's squared error ½(t − o)² of (target t, output o); ∂/∂o = −(t − o). */
    HALF_SQUARED_ERROR("½(t−o)²", "half squared error", 2, 2, Style.LOSS) {
        @Override public double value(double[] in) { double d = in[0] - in[1]; return 0.5 * d * d; }
        @Override public double localGradient(double[] in, double value, int i) { return i == 0 ? in[0] - in[1] : -(in[0] - in[1]); }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            Formula diff = Formula.apply(SUB, in.get(0), in.get(1));
            return i == 0 ? diff : Formula.apply(NEG, diff);
        }
    },
    /** Squared error (t − o)² of (target t, output o); ∂/∂o = −2(t − o). */
    SQUARED_ERROR("(t−o)²", "squared error", 2, 2, Style.LOSS) {
        @Override public double value(double[] in) { double d = in[0] - in[1]; return d * d; }
        @Override public double localGradient(double[] in, double value, int i) { return (i == 0 ? 2 : -2) * (in[0] - in[1]); }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return Formula.apply(MUL, Formula.num(i == 0 ? 2 : -2), Formula.apply(SUB, in.get(0), in.get(1)));
        }
    },
    /**
     * Binary cross-entropy −[t·ln o + (1 − t)·ln(1 − o)] of (target t, output o) with 0 &lt; o &lt; 1;
     * ∂/∂o = (o − t) / (o(1 − o)).
     */
    BINARY_CROSS_ENTROPY("BCE", "binary cross-entropy", 2, 2, Style.LOSS) {
        @Override public double value(double[] in) {
            double t = in[0], o = in[1];
            return -(xlogy(t, o) + xlogy(1 - t, 1 - o));
        }
        @Override public double localGradient(double[] in, double value, int i) {
            double t = in[0], o = in[1];
            return i == 1 ? (o - t) / (o * (1 - o)) : Math.log(1 - o) - Math.log(o);
        }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            Formula t = in.get(0), o = in.get(1);
            if (i == 1) {
                return Formula.apply(DIV, Formula.apply(SUB, o, t), Formula.apply(MUL, o, Formula.apply(SUB, Formula.num(1), o)));
            }
            return Formula.apply(SUB, Formula.apply(LOG, Formula.apply(SUB, Formula.num(1), o)), Formula.apply(LOG, o));
        }
        @Override public Problem domainError(double[] in) {
            return in[1] <= 0 || in[1] >= 1 ? Problem.of("graph.binaryCrossEntropyDomain") : null;
        }
    },
    /** One term −t·ln o of categorical cross-entropy, of (target t, output o &gt; 0); ∂/∂o = −t / o. */
    CROSS_ENTROPY("CE", "cross-entropy term", 2, 2, Style.LOSS) {
        @Override public double value(double[] in) { return -xlogy(in[0], in[1]); }
        @Override public double localGradient(double[] in, double value, int i) {
            return i == 1 ? -in[0] / in[1] : -Math.log(in[1]);
        }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return i == 1 ? Formula.apply(NEG, Formula.apply(DIV, in.get(0), in.get(1)))
                    : Formula.apply(NEG, Formula.apply(LOG, in.get(1)));
        }
        @Override public Problem domainError(double[] in) {
            return in[1] <= 0 ? Problem.of("graph.crossEntropyDomain") : null;
        }
    },
    /**
     * One output of softmax: inputs are (z_k, z_1, …, z_n) — this node's own logit first, then all
     * logits of the layer (its own included). Value e^{z_k} / Σ e^{z_j}, computed stably. The own
     * logit's total derivative s_k(1 − s_k) is the sum of its two edges: s_k and −s_k·s_k.
     */
    SOFTMAX("softmax", "softmax", 2, Integer.MAX_VALUE, Style.FUNCTION) {
        @Override public double value(double[] in) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 1; j < in.length; j++) max = Math.max(max, in[j]);
            double sum = 0;
            for (int j = 1; j < in.length; j++) sum += Math.exp(in[j] - max);
            return Math.exp(in[0] - max) / sum;
        }
        @Override public double localGradient(double[] in, double value, int i) {
            if (i == 0) return value;
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 1; j < in.length; j++) max = Math.max(max, in[j]);
            double sum = 0;
            for (int j = 1; j < in.length; j++) sum += Math.exp(in[j] - max);
            return -value * Math.exp(in[i] - max) / sum;
        }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            if (i == 0) return self;
            return Formula.apply(NEG, Formula.apply(MUL, self, Formula.text("s_j", "s_j")));
        }
    },
    /** Arithmetic mean of its inputs; each local derivative is 1/n. */
    MEAN("mean", "mean", 1, Integer.MAX_VALUE, Style.FUNCTION) {
        @Override public double value(double[] in) { return ADD.value(in) / in.length; }
        @Override public double localGradient(double[] in, double value, int i) { return 1.0 / in.length; }
        @Override public Formula localGradientFormula(List<Formula> in, Formula self, int i) {
            return Formula.apply(DIV, Formula.num(1), Formula.num(in.size()));
        }
    };

    /** How an application of the op is written. */
    public enum Style { INFIX, PREFIX, FUNCTION, WEIGHTED, LOSS }

    private final String symbol;
    private final String displayName;
    private final int minArity;
    private final int maxArity;
    private final Style style;

    Op(String symbol, String displayName, int minArity, int maxArity, Style style) {
        this.symbol = symbol;
        this.displayName = displayName;
        this.minArity = minArity;
        this.maxArity = maxArity;
        this.style = style;
    }

    /** Forward value for the given input values. */
    public abstract double value(double[] in);

    /** ∂value/∂in[i], given the inputs and the already computed forward value. */
    public abstract double localGradient(double[] in, double value, int i);

    /** ∂self/∂in[i] as a formula over the inputs' formulas and the node's own formula. */
    public abstract Formula localGradientFormula(List<Formula> in, Formula self, int i);

    /** Why these inputs are outside the op's domain, or null when they are inside it. */
    public Problem domainError(double[] in) {
        return null;
    }

    /** The symbol drawn in diagrams and used in equations ({@code +}, {@code ·}, {@code σ}, …). */
    public String symbol() { return symbol; }

    /** A human name ("multiply", "sigmoid"). */
    public String displayName() { return displayName; }

    public int minArity() { return minArity; }

    public int maxArity() { return maxArity; }

    public Style style() { return style; }

    /** The function name as it is written in an expression ({@code exp}, {@code sigmoid}), or null for operators. */
    public String functionName() {
        return switch (this) {
            case EXP -> "exp";
            case LOG -> "log";
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "relu";
            default -> null;
        };
    }

    /** Numerically safe logistic function: finite for every finite argument. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** x·ln y with 0·ln 0 = 0. */
    static double xlogy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }
}
