package studio.backprop.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.io.Limits;
import studio.backprop.core.matrix.MatrixPass;
import studio.backprop.core.matrix.MatrixStep;
import studio.backprop.core.matrix.MatrixSteps;
import studio.backprop.core.matrix.Notation;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.problem.Choice;
import studio.backprop.core.text.MatrixWriter;
import studio.backprop.core.text.TraceWriter;
import studio.backprop.core.text.Words;

/** {@code trace}: every step of one pass — forward, error, backward, update — symbolic, substituted, evaluated. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Print every step of one pass: forward, error, backward, update.")
final class TraceCommand extends SourceCommand {
    @Mixin
    DigitsOption digits;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class)
    TraceWriter.Format format;

    @Option(names = "--notation", paramLabel = "NOTATION", defaultValue = "scalar") String notation;

    @Option(names = "--rows", paramLabel = "ROWS", defaultValue = "auto",
            description = "Matrix form: 'all' training samples as the batch (a row each), 'one' (the session's sample), "
                    + "or 'auto': all when there are at most " + MAX_AUTO_ROWS + " (default).")
    String rows;

    @Option(names = "--l2", paramLabel = "LAMBDA", defaultValue = "0") double l2;

    /** With --rows auto, a training set this small is shown whole. */
    static final int MAX_AUTO_ROWS = 10;

    @Override
    public Integer call() {
        boolean matrix = !notation.equalsIgnoreCase("scalar");
        if (!matrix) {
            for (String option : List.of("--l2", "--rows")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new IllegalArgumentException(option + " applies to the matrix form only; add --notation matrix");
                }
            }
        }
        if (!(l2 >= 0) || !Double.isFinite(l2) || l2 > 1e12) {
            throw new IllegalArgumentException("--l2 " + l2 + ": λ must be 0 or a positive number up to 1e12");
        }
        Document document = source.session().document();
        if (document instanceof NetworkDocument network && network.network().parameterCount() > Limits.MAX_TRACE_PARAMETERS) {
            if (matrix || !prose()) {
                Limits.requireTraceable(network.network(), "trace" + (matrix ? " --notation " + notation : " --format "
                        + format.id()) + " (the text format summarises larger networks)");
            }
            out().print(TraceSummary.of(network, source.title(), digits.style()));
            return 0;
        }
        if (matrix) {
            out().print(matrixForm(document));
            return 0;
        }
        Trace trace = Computation.trace(document);
        String text = new TraceWriter(digits.style(), Words.ENGLISH).write(format, trace, source.title());
        List<List<String>> scaling = prose() && document instanceof NetworkDocument scaled
                ? ScalingLines.of(scaled, digits.style()) : List.of(List.of(), List.of());
        scaling.get(0).forEach(out()::println);
        out().print(text);
        scaling.get(1).forEach(out()::println);
        if (prose() && isLecture(document)) {
            for (LectureNumbers.Erratum e : LectureNumbers.errata()) {
                if (e == LectureNumbers.DE_O2_DOUT_H1) {
                    out().println("\nnote: the lecture prints " + e.printed() + " for " + e.quantity()
                            + "; the exact value is " + NumberStyle.LECTURE.format(e.exact()) + ". " + e.explanation());
                }
            }
        }
        return 0;
    }

    /** Whether the format is one a person reads (text, Markdown), which gets the scaling lines, the errata and summaries. */
    private boolean prose() {
        return format == TraceWriter.Format.TEXT || format == TraceWriter.Format.MARKDOWN;
    }

    /** The matrix pass of a network document in the chosen notation, rendered in the chosen format. */
    private String matrixForm(Document document) {
        Notation chosen = switch (notation.toLowerCase(Locale.ROOT)) {
            case "matrix", "welch" -> Notation.WELCH;
            case "nielsen" -> Notation.NIELSEN;
            case "lecture" -> Notation.LECTURE;
            default -> throw new IllegalArgumentException("--notation " + notation
                    + ": unknown notation (one of scalar, matrix, welch, nielsen, lecture)");
        };
        if (!(document instanceof NetworkDocument network)) {
            throw new IllegalArgumentException("--notation " + notation + ": the matrix form needs a network, not an expression");
        }
        List<Sample> train = network.data().train();
        List<Sample> batch = switch (rows.toLowerCase(Locale.ROOT)) {
            case "all" -> train;
            case "one" -> List.of(train.get(network.sample()));
            case "auto" -> train.size() <= MAX_AUTO_ROWS ? train : List.of(train.get(network.sample()));
            default -> throw new IllegalArgumentException("--rows " + rows + ": expected all, one or auto");
        };
        MatrixPass pass = MatrixPass.compute(network.network(), batch, MatrixPass.Reduction.SUM, l2);
        List<MatrixStep> steps = MatrixSteps.of(pass, chosen);
        String title = source.title() + (batch.size() > 1 ? ", " + batch.size() + " samples" : "");
        if (!MatrixWriter.writes(format)) {
            throw new IllegalArgumentException("--format " + format.id() + ": the matrix form prints as text, markdown or latex");
        }
        return new MatrixWriter(digits.style(), Words.ENGLISH).write(format, steps, title);
    }

    /** Whether this is the lecture's own network and sample, whose printed figures have known errata. */
    static boolean isLecture(Document document) {
        return document instanceof NetworkDocument network && network.network().equals(LectureNetwork.spec())
                && network.data().train().get(network.sample()).equals(LectureNetwork.sample());
    }

    /** Case-insensitive format names with a message listing the choices. */
    static final class FormatConverter implements ITypeConverter<TraceWriter.Format> {
        @Override
        public TraceWriter.Format convert(String value) {
            return TraceWriter.Format.named(value).orElseThrow(() ->
                    new TypeConversionException("unknown format '" + value + "' (one of " + Choice.ids(TraceWriter.Format.class) + ")"));
        }
    }
}
