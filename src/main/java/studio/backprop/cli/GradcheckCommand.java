package studio.backprop.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.train.ExpressionGradientCheck;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.train.GradientCheck;

/** {@code gradcheck}: backprop against central differences, per parameter; exit 1 if any fails. */
@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = "Compare backprop's gradient with central differences for every parameter; exit 1 if any fails.")
final class GradcheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Override
    public Integer call() {
        var document = source.session().document();
        GradientCheck.Report report;
        if (document instanceof NetworkDocument network) {
            report = GradientCheck.check(network.network(), network.data().train());
        } else {
            report = ExpressionGradientCheck.check((ExpressionDocument) document);
        }
        PrintWriter out = spec.commandLine().getOut();
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
