package studio.backprop.rendering.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places labels where they cross nothing: each label offers candidate boxes in order of preference, and
 * takes, one label after another, the first candidate that meets no edge, no shape and no label already
 * placed; when every candidate meets something it takes the one meeting least (and the placement reports
 * the conflict, so that a layout can give its drawing more room and try again). Pure geometry.
 */
public final class LabelPlacement {
    /** Space kept between a label and a line it sits beside. */
    public static final double GAP = 3;

    private LabelPlacement() { }

    /** An axis-aligned box: x, y its top-left corner. */
    public record Rect(double x, double y, double w, double h) {
        public double right() { return x + w; }

        public double bottom() { return y + h; }

        public double centerX() { return x + w / 2; }

        public double centerY() { return y + h / 2; }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        /** Whether the two boxes share interior area (touching edges do not count). */
        public boolean intersects(Rect o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }

        /** The box grown by {@code d} on every side. */
        public Rect grow(double d) {
            return new Rect(x - d, y - d, w + 2 * d, h + 2 * d);
        }

        /** A box of this size centred at (cx, cy). */
        public static Rect centred(double cx, double cy, double w, double h) {
            return new Rect(cx - w / 2, cy - h / 2, w, h);
        }

        /** Whether the segment passes through the box's interior. */
        public boolean crosses(Segment s) {
            if (Math.max(s.x1(), s.x2()) <= x || Math.min(s.x1(), s.x2()) >= right()
                    || Math.max(s.y1(), s.y2()) <= y || Math.min(s.y1(), s.y2()) >= bottom()) {
                return false;
            }
            // Liang–Barsky clipping against the open box
            double dx = s.x2() - s.x1();
            double dy = s.y2() - s.y1();
            double[] range = {0, 1};
            return clip(-dx, s.x1() - x, range) && clip(dx, right() - s.x1(), range)
                    && clip(-dy, s.y1() - y, range) && clip(dy, bottom() - s.y1(), range) && range[0] < range[1] - 1e-9;
        }

        private static boolean clip(double p, double q, double[] range) {
            if (p == 0) return q > 0;
            double t = q / p;
            if (p < 0) range[0] = Math.max(range[0], t);
            else range[1] = Math.min(range[1], t);
            return true;
        }
    }

    /** A straight line from (x1, y1) to (x2, y2). */
    public record Segment(double x1, double y1, double x2, double y2) {
        public double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }

        /** The point a fraction {@code t} of the way along. */
        public double xAt(double t) { return x1 + (x2 - x1) * t; }

        public double yAt(double t) { return y1 + (y2 - y1) * t; }
    }

    /**
     * What a label needs: its candidate boxes, best first, and its group: labels of group 0 must clear every
     * other label; labels of another group must clear group 0 and their own group only (they are never shown
     * together with another group's).
     */
    public record Request(List<Rect> candidates, int group) {
        public Request {
            candidates = List.copyOf(candidates);
            if (candidates.isEmpty()) throw new IllegalArgumentException("a label needs at least one place");
        }

        public Request(List<Rect> candidates) {
            this(candidates, 0);
        }
    }

    /** Whether labels of these groups may not overlap. */
    public static boolean exclusive(int a, int b) {
        return a == 0 || b == 0 || a == b;
    }

    /**
     * The chosen boxes, one per request in order, and how many labels could not avoid everything.
     *
     * @param boxes     the chosen boxes
     * @param conflicts labels that meet an edge, a shape or another label
     */
    public record Result(List<Rect> boxes, int conflicts) {
        public Result {
            boxes = List.copyOf(boxes);
        }
    }

    /**
     * Places the labels. {@code edges} and {@code shapes} are what must stay visible; a label keeps {@code air}
     * clear of shapes and other labels. Labels are placed greedily, those with fewest places clear of edges
     * and shapes first; then each label that could not avoid everything takes a place that only other labels
     * block, and those labels move elsewhere if they can (otherwise nothing changes).
     */
    public static Result place(List<Segment> edges, List<Rect> shapes, List<Request> requests, double air) {
        int n = requests.size();
        int[] free = new int[n];
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            order.add(k);
            for (Rect candidate : requests.get(k).candidates()) if (hits(candidate, edges, shapes, List.of(), air, 1) == 0) free[k]++;
        }
        order.sort(Comparator.comparingInt(k -> free[k]));
        Rect[] chosen = new Rect[n];
        List<Integer> failed = new ArrayList<>();
        for (int k : order) {
            chosen[k] = best(requests.get(k), edges, shapes, others(chosen, -1, requests, k), air);
            if (hits(chosen[k], edges, shapes, others(chosen, k, requests, k), air, 1) > 0) failed.add(k);
        }
        int conflicts = 0;
        for (int k : failed) {
            if (!bump(k, requests, edges, shapes, chosen, air)) conflicts++;
        }
        return new Result(List.of(chosen), conflicts);
    }

    /** The first candidate meeting nothing, or else the one meeting least. */
    private static Rect best(Request request, List<Segment> edges, List<Rect> shapes, List<Rect> labels, double air) {
        Rect best = null;
        int fewest = Integer.MAX_VALUE;
        for (Rect candidate : request.candidates()) {
            int hits = hits(candidate, edges, shapes, labels, air, fewest);
            if (hits < fewest) {
                fewest = hits;
                best = candidate;
                if (hits == 0) break;
            }
        }
        return best;
    }

    /** The placed labels other than {@code except} that label {@code of} must clear. */
    private static List<Rect> others(Rect[] chosen, int except, List<Request> requests, int of) {
        List<Rect> out = new ArrayList<>();
        int group = requests.get(of).group();
        for (int k = 0; k < chosen.length; k++) {
            if (k != except && chosen[k] != null && exclusive(group, requests.get(k).group())) out.add(chosen[k]);
        }
        return out;
    }

    /**
     * Tries to give label {@code k} a place clear of edges and shapes by moving the labels that block it to
     * places clear of everything; changes {@code chosen} only on success.
     */
    private static boolean bump(int k, List<Request> requests, List<Segment> edges, List<Rect> shapes, Rect[] chosen, double air) {
        if (hits(chosen[k], edges, shapes, others(chosen, k, requests, k), air, 1) == 0) return true;
        for (Rect candidate : requests.get(k).candidates()) {
            if (hits(candidate, edges, shapes, List.of(), air, 1) > 0) continue;
            Rect[] trial = chosen.clone();
            trial[k] = candidate;
            List<Integer> blockers = new ArrayList<>();
            for (int j = 0; j < trial.length; j++) {
                if (j != k && trial[j] != null && exclusive(requests.get(k).group(), requests.get(j).group())
                        && candidate.grow(air).intersects(trial[j])) {
                    blockers.add(j);
                }
            }
            for (int j : blockers) trial[j] = null;
            boolean moved = true;
            for (int j : blockers) {
                Rect place = best(requests.get(j), edges, shapes, others(trial, j, requests, j), air);
                if (hits(place, edges, shapes, others(trial, j, requests, j), air, 1) > 0) {
                    moved = false;
                    break;
                }
                trial[j] = place;
            }
            if (moved) {
                System.arraycopy(trial, 0, chosen, 0, chosen.length);
                return true;
            }
        }
        return false;
    }

    /** How many things the box meets, counting no further than {@code enough}. */
    static int hits(Rect box, List<Segment> edges, List<Rect> shapes, List<Rect> labels, double air, int enough) {
        int hits = 0;
        Rect padded = box.grow(air);
        for (Segment edge : edges) {
            if (box.crosses(edge) && ++hits >= enough) return hits;
        }
        for (Rect shape : shapes) {
            if (padded.intersects(shape) && ++hits >= enough) return hits;
        }
        for (Rect label : labels) {
            if (padded.intersects(label) && ++hits >= enough) return hits;
        }
        return hits;
    }

    /**
     * Candidate boxes of size w × h beside a segment, not touching it: at each fraction of its length in
     * {@code along}, first on the {@code firstSide} (+1: left of the direction of travel, which is above a
     * line drawn rightwards; −1 the other), then on the other side.
     */
    public static List<Rect> beside(Segment s, double w, double h, double[] along, int firstSide) {
        double length = s.length();
        double nx = length == 0 ? 0 : (s.y2() - s.y1()) / length;
        double ny = length == 0 ? -1 : -(s.x2() - s.x1()) / length;
        double reach = w / 2 * Math.abs(nx) + h / 2 * Math.abs(ny) + GAP;
        List<Rect> out = new ArrayList<>();
        for (int side : new int[] {firstSide, -firstSide}) {
            for (double t : along) {
                // normal (nx, ny) points left of travel in screen coordinates (y down): above a rightward line
                out.add(Rect.centred(s.xAt(t) + side * nx * reach, s.yAt(t) + side * ny * reach, w, h));
            }
        }
        return out;
    }
}
