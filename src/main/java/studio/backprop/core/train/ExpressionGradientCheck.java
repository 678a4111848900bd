package studio.backprop.core.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.expr.Expression;
import studio.backprop.core.expr.Parser;
import studio.backprop.core.graph.Trace;

/** Gradient check for an expression: backprop's ∂f/∂x for every variable against central differences. */
public final class ExpressionGradientCheck {
    private ExpressionGradientCheck() { }

    /** Checks every variable with the default step, tolerance and floor of {@link GradientCheck}. */
    public static GradientCheck.Report check(ExpressionDocument document) {
        double step = GradientCheck.DEFAULT_STEP;
        Expression expression = Parser.parse(document.source());
        Map<String, Double> values = document.values();
        Trace trace = expression.run(values);
        List<GradientCheck.Row> rows = new ArrayList<>();
        for (String variable : expression.variables()) {
            double value = values.get(variable);
            Map<String, Double> up = new HashMap<>(values);
            Map<String, Double> down = new HashMap<>(values);
            up.put(variable, value + step);
            down.put(variable, value - step);
            double numeric = (expression.run(up).outputValue() - expression.run(down).outputValue()) / (2 * step);
            rows.add(GradientCheck.row(variable, null, trace.gradient(variable), numeric, GradientCheck.DEFAULT_TOLERANCE,
                    GradientCheck.DEFAULT_FLOOR));
        }
        return new GradientCheck.Report(rows, step, GradientCheck.DEFAULT_TOLERANCE, GradientCheck.DEFAULT_FLOOR);
    }
}
