package studio.backprop.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds what a person would see cut off in a scene: a label, button or tab whose text is elided ("Rede (passe
 * o mouse sobre um neur…"), a tool bar whose items fell into its overflow menu (">>"), a tab header whose tabs
 * do not fit, and a control that reaches past the window's edge. Only what is visible counts; content inside a
 * scroll pane, a table or a list may extend past the window, since it can be scrolled to.
 */
final class CutOff {
    /** Half a pixel of slack for rounding in layout. */
    private static final double SLACK = 1.0;

    private CutOff() { }

    /** Every problem in the scene, one line each, naming the node and its text. */
    static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), scene, problems, false);
        return problems;
    }

    /** Walks the visible nodes; of nodes past the window's edge only the outermost is named. */
    private static void visit(Node node, Scene scene, List<String> problems, boolean outsideNamed) {
        if (!node.isVisible() || node.getOpacity() == 0) return;
        if (node instanceof Labeled labeled) checkLabeled(labeled, problems);
        if (node instanceof ToolBar bar) checkToolBar(bar, problems);
        if (node instanceof TabPane tabs) checkTabs(tabs, problems);
        boolean named = outsideNamed;
        if (!named && node instanceof Region region && !insideScrollPane(region) && node.isManaged()) {
            named = checkInsideWindow(region, scene, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) visit(child, scene, problems, named);
        }
    }

    /** The text a Labeled's skin shows, compared with its text: the skin puts an ellipsis in when it does not fit. */
    private static void checkLabeled(Labeled labeled, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) return;
        String expected = labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                String displayed = shown.getText();
                if (displayed != null && !normalise(displayed).equals(normalise(expected))) {
                    problems.add(describe(labeled) + " shows '" + displayed + "' instead of '" + expected + "'");
                }
            }
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void checkToolBar(ToolBar bar, List<String> problems) {
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        if (overflow != null && overflow.isVisible()) {
            problems.add(describe(bar) + " hides items in its overflow menu");
        }
    }

    private static void checkTabs(TabPane tabs, List<String> problems) {
        Node menu = tabs.lookup(".control-buttons-tab");
        if (menu != null && menu.isVisible()) {
            for (Node button : menu.lookupAll(".tab-down-button")) {
                if (button.isVisible()) problems.add(describe(tabs) + " cannot show all its tab headers");
            }
        }
    }

    private static boolean checkInsideWindow(Region region, Scene scene, List<String> problems) {
        if (region.getWidth() <= 0 || region.getHeight() <= 0) return false;
        Bounds bounds = region.localToScene(region.getLayoutBounds());
        if (bounds.getMaxX() > scene.getWidth() + SLACK || bounds.getMaxY() > scene.getHeight() + SLACK
                || bounds.getMinX() < -SLACK || bounds.getMinY() < -SLACK) {
            problems.add(describe(region) + " reaches past the window: " + format(bounds) + " in a "
                    + (int) scene.getWidth() + "×" + (int) scene.getHeight() + " scene");
            return true;
        }
        return false;
    }

    /** Inside a scroll pane, a table or a list: there the content scrolls into view, it is not cut. */
    private static boolean insideScrollPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof TableView || p instanceof ListView) return true;
        }
        return false;
    }

    private static String format(Bounds b) {
        return String.format("[%.0f,%.0f–%.0f,%.0f]", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + id + text;
    }
}
