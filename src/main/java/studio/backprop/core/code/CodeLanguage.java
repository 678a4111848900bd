package studio.backprop.core.code;

import java.util.Locale;
import studio.backprop.core.problem.Choice;

/** What a generated script needs to run: NumPy alone (or plain Python), or PyTorch. */
public enum CodeLanguage implements Choice {
    /** Explicit matrix code with the backward pass written out; expressions as a micrograd-style Value class. */
    NUMPY,
    /** {@code torch.nn} modules and autograd; expressions as tensors with {@code requires_grad}. */
    PYTORCH;

    /** The language named {@code id} (case-insensitive; {@code torch} is PyTorch too). */
    public static CodeLanguage parse(String id) {
        String name = id.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "numpy", "python" -> NUMPY;
            case "pytorch", "torch" -> PYTORCH;
            default -> throw new IllegalArgumentException("unknown language '" + id + "' (one of " + Choice.ids(CodeLanguage.class) + ")");
        };
    }
}
