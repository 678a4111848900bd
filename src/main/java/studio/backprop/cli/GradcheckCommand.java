package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.expr.Expression;
import studio.backprop.core.expr.Parser;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Limits;
import studio.backprop.core.nn.NetworkSpecs;
import studio.backprop.core.train.GradientCheck;

/** {@code gradcheck}: backprop against central differences, per parameter; exit 1 if any fails. */
@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = "Compare backprop's gradient with central differences for every parameter (an even sample of "
                + Limits.GRADCHECK_PARAMETERS + " on larger networks); exit 1 if any fails.")
final class GradcheckCommand extends SourceCommand {
    /**
     * The check costs about checked parameters × parameters × samples evaluations (graph evaluations when every
     * parameter is checked); larger training sets are checked on their first
     * {@code clamp(BUDGET / (checked × parameters), 1, 10)} samples so it stays within seconds.
     */
    static final long BUDGET = 250_000;

    @Override
    public Integer call() {
        var document = source.session().document();
        GradientCheck.Report report;
        String subset = "";
        if (document instanceof NetworkDocument network) {
            var train = network.data().train();
            int parameters = NetworkSpecs.parameters(network.network()).size();
            int[] positions = GradientCheck.evenSample(parameters, Limits.GRADCHECK_PARAMETERS);
            int limit = (int) Math.max(1, Math.min(10, BUDGET / ((long) positions.length * network.network().parameterCount())));
            List<String> notes = new ArrayList<>();
            if (positions.length < parameters) {
                notes.add("checked " + positions.length + " of " + Limits.count(parameters)
                        + " parameters, spread evenly from the first to the last");
            }
            if (train.size() > limit) {
                notes.add("on the first " + limit + " of " + Limits.count(train.size()) + " training samples");
                train = train.subList(0, limit);
            }
            if (!notes.isEmpty()) subset = String.join(", ", notes) + ", to keep it quick";
            report = positions.length < parameters ? GradientCheck.check(network.network(), train, positions)
                    : GradientCheck.check(network.network(), train);
        } else {
            ExpressionDocument expression = (ExpressionDocument) document;
            Expression parsed = Parser.parse(expression.source());
            int variables = parsed.variables().size();
            if (variables > Limits.GRADCHECK_PARAMETERS) {
                subset = "checked " + Limits.GRADCHECK_PARAMETERS + " of " + Limits.count(variables)
                        + " variables, spread evenly from the first to the last, to keep it quick";
            }
            report = GradientCheck.check(parsed, expression.values(), Limits.GRADCHECK_PARAMETERS);
        }
        PrintWriter out = out();
        if (!subset.isEmpty()) out.println(subset);
        NumberStyle style = NumberStyle.digits(10);
        NumberStyle error = NumberStyle.digits(3);
        int width = report.rows().stream().mapToInt(r -> r.name().length()).max().orElse(9);
        width = Math.max(width, 9);
        out.printf("%-" + width + "s  %-18s  %-18s  %-10s  %s%n", "parameter", "backprop", "numeric", "rel. error", "");
        for (GradientCheck.Row row : report.rows()) {
            out.printf("%-" + width + "s  %-18s  %-18s  %-10s  %s%n", row.name(), style.format(row.analytic()),
                    style.format(row.numeric()), error.format(row.relativeError()), row.pass() ? "ok" : "FAIL");
        }
        long failed = report.rows().stream().filter(r -> !r.pass()).count();
        out.printf("%d parameters, %d failed (central differences, h = %s, tolerance %s relative)%n", report.rows().size(),
                failed, error.format(report.step()), error.format(report.tolerance()));
        return report.passed() ? 0 : Cli.CHECK_FAILED;
    }
}
