package studio.backprop.app.model;

/**
 * The outcome of an edit: accepted with the value now in force, or rejected with a message saying what
 * was wrong and where (the old value stays).
 *
 * @param accepted whether the edit took effect
 * @param value    the accepted value (NaN when rejected)
 * @param message  why it was rejected (empty when accepted)
 */
public record EditResult(boolean accepted, double value, String message) {

    public static EditResult accepted(double value) {
        return new EditResult(true, value, "");
    }

    public static EditResult rejected(String message) {
        return new EditResult(false, Double.NaN, message);
    }
}
