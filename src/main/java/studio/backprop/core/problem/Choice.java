package studio.backprop.core.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An enum constant a user picks by name: on the command line, in a file, in a menu. Its {@link #id()} is its
 * name in lower case with '-' for '_' ({@code HALF_SSE} is {@code half-sse}); the front ends find its
 * localised name under {@code prefix + id()} in their bundles. Unknown names stay each enum's own problem:
 * {@link #find} says only whether the name is one of the ids.
 */
public interface Choice {
    /** The constant's name (every enum has it). */
    String name();

    /** The name in files and on the command line: lower case, words joined by '-'. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} whose {@link #id()} is {@code id}, if any. */
    static <E extends Enum<E> & Choice> Optional<E> find(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The constant of {@code type} a user typed: its id or its {@code alias} (another name, such as a file
     * extension), in any case and with spaces around; empty when it is neither.
     */
    static <E extends Enum<E> & Choice> Optional<E> find(Class<E> type, String typed, Function<? super E, String> alias) {
        String name = typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.id().equals(name) || alias.apply(c).equals(name)).findFirst();
    }

    /** Every id of {@code type}, in declaration order, joined by ", " (for the messages that list them). */
    static <E extends Enum<E> & Choice> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining(", "));
    }
}
