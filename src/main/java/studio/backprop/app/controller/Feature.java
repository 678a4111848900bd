package studio.backprop.app.controller;

/**
 * One feature of the window (the document commands, the stepping keys, the classroom, export, the language
 * menu): built with the parts it works on, it tells the composition root what it adds — menu items, key
 * filters, accelerators and status-line parts — and the root puts them in place. Features never install
 * themselves and never look each other up; which one the root asks first does not matter.
 */
@FunctionalInterface
public interface Feature {
    /** What this feature adds to the window; asked once, on the JavaFX thread, before the window shows. */
    Contribution contribute();
}
