package studio.backprop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.expr.Numbers;
import studio.backprop.core.io.Presets;
import studio.backprop.core.io.Session;
import studio.backprop.core.io.SessionFiles;

/** Where a command's document comes from: a preset, an expression with values, or a session file. */
final class SourceOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Set a variable of the expression, or a network's input, weight, bias or target "
                    + "(x=-2, w5=0.45, i1=0.05, target_o1=0.01, b1=0.35, lr=0.5). Repeatable.")
    List<String> settings = new ArrayList<>();

    static final class Choice {
        @Option(names = "--preset", paramLabel = "NAME", description = "A built-in preset (see 'presets').")
        String preset;

        @Option(names = "--expr", paramLabel = "EXPR", description = "An expression, e.g. '(x + y) * z' or 'q = x + y; f = q * z'.")
        String expression;

        @Option(names = "--session", paramLabel = "FILE", description = "A session file saved by the app or 'session'.")
        Path session;
    }

    /** The chosen source with every --set applied. */
    Session session() {
        Session base;
        if (choice.preset != null) {
            base = Presets.load(choice.preset);
        } else if (choice.session != null) {
            base = SessionFiles.read(choice.session);
        } else {
            base = new Session(new ExpressionDocument(choice.expression, java.util.Map.of()), "expression", choice.expression);
        }
        Document document = base.document();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set " + setting + ": expected NAME=VALUE, e.g. --set x=-2");
            }
            String name = setting.substring(0, eq).trim();
            double value = Numbers.parseValue(setting.substring(eq + 1), name);
            try {
                document = DocumentEdits.set(document, name, value);
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException("--set " + setting + ": " + refused.getMessage(), refused);
            }
        }
        return new Session(document, base.name(), base.description(), base.training());
    }

    /** A short title naming the source, printed above a trace. */
    String title() {
        if (choice.preset != null) return "preset " + choice.preset;
        if (choice.session != null) return "session " + choice.session.getFileName();
        return "expression " + choice.expression;
    }
}
