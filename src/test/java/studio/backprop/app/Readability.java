package studio.backprop.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * WCAG 2 contrast of what a scene shows: every visible text against the background it is drawn on (at least
 * 4.5:1, "AA" for normal text) and every icon (at least 3:1, "AA" for graphics). The background is the
 * nearest ancestor's opaque background fill, with translucent fills blended over what lies beneath.
 * Disabled controls are exempt, as WCAG exempts inactive components.
 */
final class Readability {
    static final double TEXT = 4.5;
    static final double GRAPHICS = 3.0;

    private Readability() { }

    /** One line per text or icon below its minimum, without repeats. */
    static List<String> problems(Scene scene) {
        Set<String> problems = new LinkedHashSet<>();
        visit(scene.getRoot(), problems);
        return new ArrayList<>(problems);
    }

    private static void visit(Node node, Set<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.isDisabled()) return;
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) check(text, problems);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) visit(child, problems);
        }
    }

    private static void check(Text text, Set<String> problems) {
        if (!(text.getFill() instanceof Color fill) || fill.getOpacity() == 0) return;
        Color background = background(text);
        Color shown = over(fill, background);
        double ratio = ratio(shown, background);
        boolean icon = text instanceof FontIcon;
        double needed = icon ? GRAPHICS : TEXT;
        if (ratio + 1e-9 < needed) {
            problems.add(String.format("%s '%s' %s on %s: %.2f:1, needs %.1f:1 (in %s)", icon ? "icon" : "text",
                    icon ? ((FontIcon) text).getIconLiteral() : text.getText(), hex(shown), hex(background), ratio, needed,
                    owner(text)));
        }
    }

    /** The colour behind a node: its ancestors' background fills from the outermost in, blended. */
    static Color background(Node node) {
        List<Region> regions = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region && region.getBackground() != null) regions.add(0, region);
        }
        Color colour = Color.WHITE;
        for (Region region : regions) {
            for (BackgroundFill fill : region.getBackground().getFills()) {
                Color c = average(fill.getFill());
                if (c != null && c.getOpacity() > 0 && covers(fill, region)) colour = over(c, colour);
            }
        }
        return colour;
    }

    /** A colour, or a gradient's mean over its stops (Modena fills buttons with gentle gradients). */
    private static Color average(Paint paint) {
        if (paint instanceof Color c) return c;
        List<Stop> stops = paint instanceof LinearGradient linear ? linear.getStops()
                : paint instanceof RadialGradient radial ? radial.getStops() : List.of();
        if (stops.isEmpty()) return null;
        double r = 0, g = 0, b = 0, a = 0;
        for (Stop stop : stops) {
            r += stop.getColor().getRed();
            g += stop.getColor().getGreen();
            b += stop.getColor().getBlue();
            a += stop.getColor().getOpacity();
        }
        int n = stops.size();
        return Color.color(r / n, g / n, b / n, a / n);
    }

    /** Modena draws borders as outer fills with insets; only a fill that covers the interior counts. */
    private static boolean covers(BackgroundFill fill, Region region) {
        return fill.getInsets().getTop() < region.getHeight() / 2 && fill.getInsets().getLeft() < region.getWidth() / 2;
    }

    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05). */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String owner(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) return "#" + n.getId();
            if (n instanceof Control) return n.getClass().getSimpleName();
        }
        return "scene";
    }
}
