package studio.backprop.rendering.diagram;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.rendering.diagram.LabelPlacement.Rect;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;

/**
 * Where the numbered discs of a gradient summed over paths go: on each path's line, at the point nearest to
 * 62 % of the way (the old fixed spot) where the disc covers no label, no node and no disc placed before,
 * trying every {@value #STEP} layout units outwards. A path too crowded for any keeps the 62 % point.
 */
public final class PathBadges {
    /** The disc's radius, in layout units. */
    public static final double RADIUS = 10;
    /** Air kept around a disc. */
    private static final double AIR = 2;
    /** The preferred fraction of the way along a path. */
    private static final double FIRST = 0.62;
    /** How far apart the points tried are, in layout units. */
    private static final double STEP = 2;

    private PathBadges() { }

    /**
     * The centre of each path's disc, in the order of {@code paths}.
     *
     * @param paths  each path's line, from the node to its consumer
     * @param avoid  label boxes and node shapes a disc must not cover
     */
    public static List<double[]> place(List<Segment> paths, List<Rect> avoid) {
        List<Rect> taken = new ArrayList<>(avoid);
        List<double[]> centres = new ArrayList<>(paths.size());
        for (Segment path : paths) {
            double[] centre = firstClear(path, taken);
            centres.add(centre);
            taken.add(Rect.centred(centre[0], centre[1], 2 * RADIUS, 2 * RADIUS));
        }
        return centres;
    }

    private static double[] firstClear(Segment path, List<Rect> taken) {
        double length = Math.max(path.length(), STEP);
        for (double d = 0; d <= length; d += STEP) {
            for (double t : new double[] {FIRST + d / length, FIRST - d / length}) {
                if (t < 0 || t > 1) continue;
                Rect disc = Rect.centred(path.xAt(t), path.yAt(t), 2 * RADIUS, 2 * RADIUS).grow(AIR);
                if (taken.stream().noneMatch(disc::intersects)) return new double[] {path.xAt(t), path.yAt(t)};
            }
        }
        return new double[] {path.xAt(FIRST), path.yAt(FIRST)};
    }
}
