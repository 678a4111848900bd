package studio.backprop;

import studio.backprop.app.Launcher;

/** Entry point: no arguments open the window; arguments belong to the command line. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length > 0) {
            // integration point: studio.backprop.cli.Cli.main(args)
            System.out.println("usage: backprop-studio            open the window");
            System.out.println("       (the command line arrives with the cli package)");
            return;
        }
        Launcher.launch(args);
    }
}
