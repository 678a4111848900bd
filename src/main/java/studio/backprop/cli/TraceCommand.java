package studio.backprop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import studio.backprop.core.Computation;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.nn.LectureNetwork;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.graph.Trace;

/** {@code trace}: every step of one pass — forward, error, backward, update — symbolic, substituted, evaluated. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Print every step of one pass: forward, error, backward, update.")
final class TraceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Mixin
    DigitsOption digits;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or csv (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    TraceFormat format;

    @Override
    public Integer call() {
        Document document = source.session().document();
        Trace trace = Computation.trace(document);
        String text = format.render(trace, source.title(), digits.style());
        spec.commandLine().getOut().print(text);
        if ((format == TraceFormat.TEXT || format == TraceFormat.MARKDOWN) && isLecture(document)) {
            for (LectureNumbers.Erratum e : LectureNumbers.errata()) {
                if (e == LectureNumbers.DE_O2_DOUT_H1) {
                    spec.commandLine().getOut().println("\nnote: the lecture prints " + e.printed() + " for " + e.quantity()
                            + "; the exact value is " + NumberStyle.LECTURE.format(e.exact()) + ". " + e.explanation());
                }
            }
        }
        return 0;
    }

    /** Whether this is the lecture's own network and sample, whose printed figures have known errata. */
    static boolean isLecture(Document document) {
        return document instanceof NetworkDocument network && network.network().equals(LectureNetwork.spec())
                && network.data().train().get(network.sample()).equals(LectureNetwork.sample());
    }

    /** Case-insensitive format names with a message listing the choices. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<TraceFormat> {
        @Override
        public TraceFormat convert(String value) {
            for (TraceFormat f : TraceFormat.values()) {
                if (f.name().equalsIgnoreCase(value)) return f;
            }
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "' (one of text, markdown, json, csv)");
        }
    }
}
