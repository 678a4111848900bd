package studio.backprop.core.doc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expression such as {@code q = x + y; f = q * z} and the values of its variables.
 *
 * @param source the expression text as the user typed it
 * @param values variable values by name, in the order the user set them
 */
public record ExpressionDocument(String source, Map<String, Double> values) implements Document {
    public ExpressionDocument {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public ExpressionDocument withValue(String name, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new ExpressionDocument(source, copy);
    }
}
