package studio.backprop.app.classroom;

import studio.backprop.app.view.Palette;
import studio.backprop.core.problem.Choice;

/** The window's themes: a stylesheet for the controls and a colour scheme for the canvases. */
public enum Theme implements Choice {
    LIGHT(null, Palette.LIGHT),
    DARK("/studio/backprop/app/theme-dark.css", Palette.DARK),
    HIGH_CONTRAST("/studio/backprop/app/theme-high-contrast.css", Palette.HIGH_CONTRAST);

    private final String stylesheet;
    private final Palette.Scheme scheme;

    Theme(String stylesheet, Palette.Scheme scheme) {
        this.stylesheet = stylesheet;
        this.scheme = scheme;
    }

    /** The stylesheet added after the base one, or null for the light theme (the base itself). */
    public String stylesheet() {
        return stylesheet;
    }

    /** The canvas colours. */
    public Palette.Scheme scheme() {
        return scheme;
    }

    /** Key of the theme's name in the messages. */
    public String messageKey() {
        return "classroom.theme." + id();
    }
}
