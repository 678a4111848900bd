package studio.backprop.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import studio.backprop.core.problem.Problem;

/**
 * The checks every part of a session file shares: a field is present, of the right type, in range. Each
 * refusal is a {@link SessionException} that names the file and the field.
 */
final class JsonFields {
    private final String source;

    /** @param source the file or resource name that every error starts with */
    JsonFields(String source) {
        this.source = source;
    }

    /** The file or resource name. */
    String source() {
        return source;
    }

    JsonNode required(ObjectNode object, String path, String key) {
        JsonNode value = object.get(key);
        if (value == null) throw problem(null, "session.missingField", join(path, key));
        return value;
    }

    /** Rejects fields the format does not define, so a misspelt name is reported instead of ignored. */
    void allowOnly(ObjectNode object, String path, Set<String> common, List<String> specific) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String key = entry.getKey();
            if (!common.contains(key) && !specific.contains(key)) {
                throw problem(join(path, key), "session.unknownField", String.join(", ", specific));
            }
        }
    }

    ObjectNode object(JsonNode node, String path) {
        if (!node.isObject()) throw problem(path, "session.expectedObject", describe(node));
        return (ObjectNode) node;
    }

    JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) throw problem(path, "session.expectedArray", describe(node));
        return node;
    }

    boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) throw problem(path, "session.expectedBoolean", describe(node));
        return node.booleanValue();
    }

    String text(JsonNode node, String path, int maxLength) {
        if (!node.isTextual()) throw problem(path, "session.expectedText", describe(node));
        if (node.textValue().length() > maxLength) throw problem(path, "session.tooLongText", count(maxLength));
        return node.textValue();
    }

    String nonBlank(JsonNode node, String path, int maxLength) {
        String text = text(node, path, maxLength);
        if (text.isBlank()) throw problem(path, "session.empty");
        return text;
    }

    /** A finite number no larger in size than {@link SessionFiles#MAX_MAGNITUDE}. */
    double number(JsonNode node, String path) {
        if (!node.isNumber()) throw problem(path, "session.expectedNumber", describe(node));
        double value = node.doubleValue();
        if (!Double.isFinite(value)) throw problem(path, "session.notFinite");
        if (Math.abs(value) > SessionFiles.MAX_MAGNITUDE) {
            throw problem(path, "session.beyondMagnitude", value, count((long) SessionFiles.MAX_MAGNITUDE));
        }
        return value;
    }

    /** A number greater than 0. */
    double positive(JsonNode node, String path) {
        double value = number(node, path);
        if (!(value > 0)) throw problem(path, "session.notPositive", value);
        return value;
    }

    /** A number at least 0 and below 1. */
    double fraction(JsonNode node, String path) {
        double value = number(node, path);
        if (!(value >= 0 && value < 1)) throw problem(path, "session.notFraction", value);
        return value;
    }

    double nonNegative(JsonNode node, String path) {
        double value = number(node, path);
        if (value < 0) throw problem(path, "session.negative", value);
        return value;
    }

    /** An array of exactly {@code expected} numbers; {@code why} is a problem that says what they are for. */
    double[] numbers(JsonNode node, String path, int expected, Problem why) {
        JsonNode array = array(node, path);
        if (array.size() != expected) {
            throw problem(path, expected == 1 ? "session.expectedOneNumber" : "session.expectedNumbers", expected, why, array.size());
        }
        double[] numbers = new double[expected];
        for (int i = 0; i < expected; i++) numbers[i] = number(array.get(i), path + "[" + i + "]");
        return numbers;
    }

    int whole(JsonNode node, String path, int min, int max) {
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (value == Math.rint(value) && value >= min && value <= max) return (int) value;
        }
        throw problem(path, "session.expectedWhole", count(min), count(max), describe(node));
    }

    /** One of {@code values}, by its id; {@code what} is a problem that names the kind of value. */
    <E> E choice(JsonNode node, String path, Problem what, E[] values, Function<E, String> id) {
        String text = text(node, path, 100);
        for (E value : values) if (id.apply(value).equals(text)) return value;
        String known = Arrays.stream(values).map(id).collect(Collectors.joining(", "));
        throw problem(path, "session.unknownChoice", what, quote(text), known);
    }

    // ---- messages

    /** A refusal at {@code field} (null for the whole file): the problem {@code code} with these arguments. */
    SessionException problem(String field, String code, Object... arguments) {
        return new SessionException(source, field, Problem.of(code, arguments));
    }

    /** A path segment: {@code network.loss}, or {@code values["a b"]} for a key that is not a plain name. */
    static String join(String path, String key) {
        if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) return path + "[\"" + shorten(key) + "\"]";
        return path.isEmpty() ? key : path + "." + key;
    }

    /** User text in single quotes, shortened and made printable. */
    static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    /** At most 40 characters of user text, with control characters shown as '?'. */
    static String shorten(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (text.codePointCount(0, text.length()) > 40) shown.append('…');
        return shown.toString();
    }

    /** What a value is, for "expected …, found …": {@code text 'abc'}, {@code 3.5}, {@code an array}. */
    static Object describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> Problem.of("json.text", quote(node.textValue()));
            case NUMBER -> shorten(node.asText());
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> Problem.of("json.array");
            case OBJECT -> Problem.of("json.object");
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** An integer with thousands separators: 100,000. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
