package studio.backprop.app;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/**
 * Starts JavaFX the way TestFX does, for test classes that need the toolkit but no robot. Whichever test
 * class runs first, the toolkit is then one TestFX can drive: started by {@code Platform.startup} instead,
 * TestFX's later robot tests cannot register their stage (the order of test classes differs by machine).
 */
public final class FxTestToolkit {
    private FxTestToolkit() { }

    /** Starts the toolkit through TestFX, or does nothing when it runs already. */
    public static void start() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }
}
