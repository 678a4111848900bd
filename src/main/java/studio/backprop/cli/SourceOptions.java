package studio.backprop.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--set", paramLabel = "NAME=VALUE") List<String> settings = new ArrayList<>();

    static final class Choice {
        @Option(names = "--preset", paramLabel = "NAME") String preset;
        @Option(names = "--expr", paramLabel = "EXPR") String expression;
        @Option(names = "--session", paramLabel = "FILE") Path session;
    }

    /** The chosen source with every --set applied. */
    Session session() {
        Session base;
        if (choice.preset != null) {
            base = Presets.load(choice.preset);
        } else if (choice.session != null) {
            if (choice.session.toString().isBlank()) throw new IllegalArgumentException("--session: no file name given");
            base = SessionFiles.read(choice.session);
        } else {
            base = new Session(new ExpressionDocument(choice.expression, Map.of()), "expression", choice.expression);
        }
        Document document = base.document();
        Map<String, String> seen = new HashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--set " + setting + ": expected NAME=VALUE, e.g. --set x=-2");
            }
            String name = setting.substring(0, eq).trim();
            String earlier = seen.put(name, setting);
            if (earlier != null) {
                throw new IllegalArgumentException("--set " + setting + ": " + name + " is already set by --set " + earlier
                        + "; give each name once");
            }
            double value = value(setting.substring(eq + 1), name);
            try {
                document = DocumentEdits.set(document, name, value);
            } catch (IllegalArgumentException refused) {
                throw new IllegalArgumentException("--set " + setting + ": " + refused.getMessage(), refused);
            }
        }
        return new Session(document, base.name(), base.description(), base.training());
    }

    /** The number after '=': finite, within ±1e12, and not so small that it would silently become 0. */
    static double value(String text, String name) {
        double value = Numbers.parseValue(text, name);
        if (value == 0) {
            BigDecimal exact;
            try {
                exact = new BigDecimal(text.strip().replace('−', '-'));
            } catch (NumberFormatException | ArithmeticException unparsable) {
                return value;
            }
            if (exact.signum() != 0) {
                throw new IllegalArgumentException(name + " = " + text.strip() + " is too small for a double: it would become 0");
            }
        }
        return value;
    }

    /** A short title naming the source, printed above a trace. */
    String title() {
        if (choice.preset != null) return "preset " + choice.preset;
        if (choice.session != null) return "session " + choice.session.getFileName();
        return "expression " + choice.expression;
    }
}
