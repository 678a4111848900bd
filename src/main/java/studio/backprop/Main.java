package studio.backprop;

import studio.backprop.app.Launcher;
import studio.backprop.cli.Cli;

/** Entry point: with a command, the headless command line; without one, the window. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length > 0) {
            Cli.main(args);
        } else {
            Launcher.launch(args);
        }
    }
}
