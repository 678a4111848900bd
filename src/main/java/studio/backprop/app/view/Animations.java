package studio.backprop.app.view;

/** Whether animations are on: the system property {@code backprop.animations=false} turns them off. */
public final class Animations {
    private Animations() { }

    /** On unless {@code -Dbackprop.animations=false}. */
    public static boolean enabledByDefault() {
        return !"false".equalsIgnoreCase(System.getProperty("backprop.animations"));
    }
}
