package studio.backprop.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.NetworkSpec;

/**
 * Turns a parsed JSON tree into a {@link Session}, checking every field and naming it in each error. The
 * format is described in {@code studio/backprop/presets/FORMAT.md}. The network, its data and its training
 * settings each have their own reader; {@link JsonFields} holds the checks they share.
 */
final class SessionReader {
    /**
     * Steps that lift a file of version n to version n + 1, at index n − 1. When the format changes, add the
     * step from the old version here and the current version follows; the checks below read only the
     * current version.
     */
    private static final List<UnaryOperator<ObjectNode>> MIGRATIONS = List.of();

    /** The version this program writes and the newest it reads. */
    static final int CURRENT_VERSION = MIGRATIONS.size() + 1;

    static final String FORMAT = "backprop-studio-session";

    /** Largest seed a file may give: seeds are whole numbers from 0 to 2³¹ − 1. */
    static final int MAX_SEED = Integer.MAX_VALUE;

    private static final Set<String> COMMON_FIELDS = Set.of("format", "version", "kind", "name", "description");
    private static final Pattern VARIABLE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private final JsonFields fields;

    /** @param source the file or resource name that every error starts with */
    SessionReader(String source) {
        this.fields = new JsonFields(source);
    }

    /** Checks the whole tree and builds the session. */
    Session read(JsonNode root) {
        if (!root.isObject()) throw fields.problem(null, "session.notObject", JsonFields.describe(root));
        ObjectNode top = (ObjectNode) root;
        JsonNode format = top.get("format");
        if (format == null) throw fields.problem(null, "session.noFormat");
        if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
            throw fields.problem(null, "session.wrongFormat", JsonFields.describe(format), FORMAT);
        }
        int version = version(fields.required(top, "", "version"));
        ObjectNode current = migrate(top, version);
        return session(current);
    }

    private int version(JsonNode node) {
        if (!node.isNumber() || node.doubleValue() != Math.rint(node.doubleValue())) {
            throw fields.problem("version", "session.versionNotWhole", JsonFields.describe(node));
        }
        double version = node.doubleValue();
        if (version > CURRENT_VERSION) throw fields.problem(null, "session.versionNewer", node.asText(), CURRENT_VERSION);
        if (version < 1) throw fields.problem(null, "session.versionInvalid", node.asText());
        return (int) version;
    }

    /** Lifts a file of an older version, step by step, to {@link #CURRENT_VERSION}. */
    private static ObjectNode migrate(ObjectNode top, int version) {
        ObjectNode current = top;
        for (int v = version; v < CURRENT_VERSION; v++) current = MIGRATIONS.get(v - 1).apply(current);
        return current;
    }

    private Session session(ObjectNode top) {
        String kind = fields.text(fields.required(top, "", "kind"), "kind", 20);
        String name = top.has("name") ? fields.nonBlank(top.get("name"), "name", 200) : defaultName();
        String description = top.has("description") ? fields.text(top.get("description"), "description", 10_000) : "";
        TrainingSettings training = TrainingSettings.NONE;
        Document document = switch (kind) {
            case "network" -> {
                fields.allowOnly(top, "", COMMON_FIELDS, List.of("network", "data", "sample", "training"));
                if (top.has("training")) training = new TrainingReader(fields).training(fields.object(top.get("training"), "training"));
                yield network(top, name);
            }
            case "expression" -> {
                fields.allowOnly(top, "", COMMON_FIELDS, List.of("expression", "values"));
                yield expression(top);
            }
            default -> throw fields.problem("kind", "session.unknownKind", quote(kind));
        };
        return new Session(document, name, description, training);
    }

    /** The file name without its extension, for files that do not name themselves. */
    private String defaultName() {
        String source = fields.source();
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return stem.isBlank() ? "session" : stem;
    }

    private ExpressionDocument expression(ObjectNode top) {
        String source = fields.nonBlank(fields.required(top, "", "expression"), "expression", SessionFiles.MAX_EXPRESSION_CHARS);
        Map<String, Double> values = new LinkedHashMap<>();
        if (top.has("values")) {
            ObjectNode node = fields.object(top.get("values"), "values");
            if (node.size() > SessionFiles.MAX_VARIABLES) {
                throw fields.problem("values", "session.tooManyVariables", count(node.size()), count(SessionFiles.MAX_VARIABLES));
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String path = join("values", entry.getKey());
                if (entry.getKey().length() > 64 || !VARIABLE.matcher(entry.getKey()).matches()) {
                    throw fields.problem(path, "session.notVariable");
                }
                values.put(entry.getKey(), fields.number(entry.getValue(), path));
            }
        }
        return new ExpressionDocument(source, values);
    }

    private NetworkDocument network(ObjectNode top, String name) {
        NetworkSpec spec = new NetworkReader(fields).network(top);
        Dataset data = new DataReader(fields).data(top, name, spec.sizes());
        int sample = top.has("sample") ? fields.whole(top.get("sample"), "sample", 0, data.train().size() - 1) : 0;
        return new NetworkDocument(name, spec, data, sample);
    }

    // ---- messages, shared with the other readers and writers of this package

    /** A path segment: {@code network.loss}, or {@code values["a b"]} for a key that is not a plain name. */
    static String join(String path, String key) {
        return JsonFields.join(path, key);
    }

    /** User text in single quotes, shortened and made printable. */
    static String quote(String text) {
        return JsonFields.quote(text);
    }

    /** At most 40 characters of user text, with control characters shown as '?'. */
    static String shorten(String text) {
        return JsonFields.shorten(text);
    }

    /** An integer with thousands separators: 100,000. */
    static String count(long n) {
        return JsonFields.count(n);
    }
}
