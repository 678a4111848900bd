package studio.backprop.rendering.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.core.doc.DocumentEdits;
import studio.backprop.core.nn.BiasMode;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.rendering.diagram.DiagramLabel.Role;
import studio.backprop.rendering.diagram.LabelPlacement.Rect;
import studio.backprop.rendering.diagram.LabelPlacement.Request;
import studio.backprop.rendering.diagram.LabelPlacement.Segment;
import studio.backprop.rendering.diagram.NetworkLayout.BiasEdge;
import studio.backprop.rendering.diagram.NetworkLayout.BiasNode;
import studio.backprop.rendering.diagram.NetworkLayout.BoxKind;
import studio.backprop.rendering.diagram.NetworkLayout.LabelBox;
import studio.backprop.rendering.diagram.NetworkLayout.Link;
import studio.backprop.rendering.diagram.NetworkLayout.Neuron;
import studio.backprop.rendering.diagram.NetworkLayout.WeightEdge;

/**
 * One try at a network's layout with given column and row spacings: shapes first, then every label placed
 * by {@link LabelPlacement}; {@link #conflicts} says how many labels could not avoid everything.
 */
final class NetworkBuild {
    private static final double R = NetworkLayout.RADIUS;
    private static final double GAP = LabelPlacement.GAP;
    private static final double AIR = 1;
    /** How much further from its neuron a label may sit, to clear a weight label beside the neuron's edge. */
    private static final double RAISE = 6;
    /** Height and spacing of the target and error boxes. */
    private static final double BOX_H = 22;
    private static final double TOTAL_H = 40;
    /** Length of the line from an output to its error box, in the wide arrangement and the narrow one. */
    private static final double LINK = 24;
    private static final double NARROW_LINK = 12;
    /** The widest error a box makes room for: errors are never negative. */
    private static final String ERROR_NUMBER = NetworkLayout.WIDEST_NUMBER.substring(1);
    /** The widest target a box makes room for: targets are a data set's few digits (a longer one is drawn smaller). */
    private static final String TARGET_NUMBER = "-0.0000";

    private final NetworkSpec spec;
    private final Arrangement arrangement;
    private final boolean grouped;
    private final TextMeasure measure;
    private final double size = NetworkLayout.LABEL_SIZE;
    private final List<List<Neuron>> columns = new ArrayList<>();
    private final List<Neuron> neurons = new ArrayList<>();
    private final List<WeightEdge> weights = new ArrayList<>();
    private final List<BiasNode> biases = new ArrayList<>();
    private final List<BiasEdge> biasEdges = new ArrayList<>();
    private final List<LabelBox> boxes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<DiagramLabel> labels = new ArrayList<>();
    private final NetworkLayout layout;
    private final int conflicts;

    /** Where a layer's bias node sits, below the lowest row: just left or right of the layer it feeds, or between the layers. */
    enum BiasSide {
        LEFT(-0.2, 0.33), RIGHT(0.2, 0.33), BETWEEN(-0.55, 0.33), LOW_LEFT(-0.2, 0.45), LOW_RIGHT(0.2, 0.45),
        LOW_BETWEEN(-0.55, 0.45);

        /** Across, in columns from the layer fed; down, in rows below the lowest row. */
        private final double offset;
        private final double drop;

        BiasSide(double offset, double drop) {
            this.offset = offset;
            this.drop = drop;
        }
    }

    /**
     * @param labelled whether to place labels clear of everything, or leave them at their first place (an overview)
     * @param grouped  whether only the weights into one neuron are shown together, so that only they must clear
     *                 each other
     */
    NetworkBuild(NetworkSpec spec, TextMeasure measure, Arrangement arrangement, double column, double row, BiasSide[] sides,
                 boolean labelled, boolean grouped) {
        this.spec = spec;
        this.arrangement = arrangement;
        this.grouped = grouped;
        this.measure = measure;
        int layers = spec.layerCount();
        int tallest = 0;
        for (int l = 0; l < layers; l++) tallest = Math.max(tallest, spec.size(l));
        double[] input = size(Role.INPUT, "");
        double[] above = size(Role.NEURON, "");
        double left = NetworkLayout.MARGIN + Math.max(R, input[0] / 2) + 2;
        double top = NetworkLayout.MARGIN + above[1] + GAP + R + RAISE;
        for (int l = 0; l < layers; l++) {
            List<Neuron> col = new ArrayList<>();
            double offset = (tallest - spec.size(l)) * row / 2;
            for (int k = 0; k < spec.size(l); k++) {
                Neuron neuron = new Neuron(l, k, NetworkNames.neuron(spec, l, k), l == 0 ? null : NetworkNames.net(spec, l, k),
                        NetworkNames.out(spec, l, k), left + l * column, top + offset + k * row);
                col.add(neuron);
                neurons.add(neuron);
            }
            columns.add(col);
        }
        double bottom = top + (tallest - 1) * row;
        for (int l = 0; l < layers - 1; l++) {
            for (Neuron target : columns.get(l + 1)) {
                for (Neuron source : columns.get(l)) {
                    weights.add(new WeightEdge(NetworkNames.weight(spec, l, target.index(), source.index()), source, target,
                            source.x() + (target.x() - source.x()) * NetworkLayout.LABEL_AT,
                            source.y() + (target.y() - source.y()) * NetworkLayout.LABEL_AT));
                }
            }
            if (spec.biasMode() != BiasMode.PER_LAYER) continue;
            double x = left + (l + 1 + sides[l].offset) * column;
            double y = bottom + Math.max(row * sides[l].drop, R + 2 * TextMeasure.lineHeight(size) + 2);
            BiasNode bias = new BiasNode(NetworkNames.bias(spec, l, 0), l, x, y, columns.get(l + 1));
            biases.add(bias);
            for (Neuron target : bias.targets()) biasEdges.add(new BiasEdge(bias.name(), bias, target));
        }
        addBoxes(columns.get(layers - 1));
        conflicts = labelled ? placeLabels() : plainLabels();
        layout = bounded();
    }

    NetworkLayout layout() {
        return layout;
    }

    int conflicts() {
        return conflicts;
    }

    private double[] size(Role role, String name) {
        return NetworkLayout.size(NetworkLayout.samples(role, name, arrangement), size, measure);
    }

    /**
     * Targets and errors beside the outputs, facing the total error: with two outputs the total sits between
     * them in the same column (the lecture's figure, and a compact one), otherwise to their right.
     */
    private void addBoxes(List<Neuron> outputs) {
        double boxW = 0;
        for (Neuron out : outputs) {
            boxW = Math.max(boxW, textWidth(NetworkNames.target(spec, out.index()) + " = " + TARGET_NUMBER, false));
            boxW = Math.max(boxW, textWidth(NetworkNames.error(spec, out.index()) + " = " + ERROR_NUMBER, false));
        }
        boxW = Math.ceil(boxW + 16);
        double totalW = Math.ceil(textWidth(NetworkNames.TOTAL + " = " + ERROR_NUMBER, true) + 16);
        double boxX = outputs.get(0).x() + R + (arrangement == Arrangement.NARROW ? NARROW_LINK : LINK);
        boolean between = outputs.size() == 2;
        double middle = (outputs.get(0).y() + outputs.get(outputs.size() - 1).y()) / 2;
        double totalX = between ? boxX : boxX + boxW + 40;
        LabelBox total = new LabelBox(NetworkNames.TOTAL, BoxKind.TOTAL, null, totalX, middle - TOTAL_H / 2, totalW, TOTAL_H);
        for (Neuron out : outputs) {
            boolean below = between && out.y() > middle;
            double errorY = below ? out.y() - 5 - BOX_H : out.y() + 5;
            double targetY = below ? out.y() + 5 : out.y() - 5 - BOX_H;
            LabelBox target = new LabelBox(NetworkNames.target(spec, out.index()), BoxKind.TARGET, out, boxX, targetY, boxW, BOX_H);
            LabelBox error = new LabelBox(NetworkNames.error(spec, out.index()), BoxKind.ERROR, out, boxX, errorY, boxW, BOX_H);
            boxes.add(target);
            boxes.add(error);
            links.add(new Link(error.name(), new Segment(out.x() + R, out.y(), boxX, error.centerY()), false));
            double dashX = boxX + 20;
            links.add(new Link(target.name(), below ? new Segment(dashX, error.y() + BOX_H, dashX, target.y())
                    : new Segment(dashX, target.y() + BOX_H, dashX, error.y()), true));
            Segment toTotal;
            if (between) {
                double x = boxX + Math.min(boxW, totalW) / 2;
                toTotal = below ? new Segment(x, error.y(), x, total.y() + TOTAL_H) : new Segment(x, error.y() + BOX_H, x, total.y());
            } else {
                toTotal = new Segment(boxX + boxW, error.centerY(), totalX, total.centerY());
            }
            links.add(new Link(NetworkNames.TOTAL, toTotal, false));
        }
        boxes.add(total);
    }

    private double textWidth(String text, boolean bold) {
        return measure.width(text, bold ? NetworkLayout.TITLE_SIZE : size, bold);
    }

    /** Every label at its first candidate, unchecked: the overview of a large network. */
    private int plainLabels() {
        List<Request> requests = requests();
        for (int k = 0; k < requests.size(); k++) labels.add(pending.get(k).at(requests.get(k).candidates().get(0)));
        pending.clear(); // by index, then cleared: removing from the front of 100,000 labels one by one is quadratic
        attachPlaced();
        return 0;
    }

    /** Every label where it meets nothing, if it can; the count of those that cannot. */
    private int placeLabels() {
        List<Segment> lines = new ArrayList<>();
        for (WeightEdge edge : weights) lines.add(edge.line());
        for (BiasEdge edge : biasEdges) lines.add(edge.line());
        for (Link link : links) lines.add(link.line());
        List<Rect> shapes = new ArrayList<>();
        for (Neuron neuron : neurons) shapes.add(Rect.centred(neuron.x(), neuron.y(), 2 * R, 2 * R));
        for (BiasNode bias : biases) {
            shapes.add(Rect.centred(bias.x(), bias.y(), 2 * NetworkLayout.BIAS_RADIUS, 2 * NetworkLayout.BIAS_RADIUS));
        }
        for (LabelBox box : boxes) shapes.add(box.rect());
        List<Request> requests = requests();
        LabelPlacement.Result result = LabelPlacement.place(lines, shapes, requests, AIR);
        for (int k = 0; k < result.boxes().size(); k++) labels.add(pending.get(k).at(result.boxes().get(k)));
        pending.clear();
        attachPlaced();
        return result.conflicts();
    }

    /** A label waiting for its box. */
    private record Pending(String name, Role role, int lines, double size, int group) {
        DiagramLabel at(Rect box) {
            return new DiagramLabel(name, role, box, lines, size, group);
        }
    }

    private final List<Pending> pending = new ArrayList<>();

    /** The placement requests, most constrained owners first, and their labels in {@link #pending}. */
    private List<Request> requests() {
        List<Request> requests = new ArrayList<>();
        for (Neuron neuron : neurons) {
            Role role = neuron.layer() == 0 ? Role.INPUT : Role.NEURON;
            List<Neuron> column = columns.get(neuron.layer());
            boolean upper = neuron.index() < (column.size() + 1) / 2;
            request(requests, neuron.out(), role, aroundNeuron(neuron, size(role, ""), upper));
        }
        for (BiasNode bias : biases) request(requests, bias.name(), Role.BIAS, aroundBias(bias, size(Role.BIAS, bias.name())));
        if (spec.biasMode() == BiasMode.PER_NEURON) {
            // a bias of its own is a number of its neuron, labelled beside it
            for (Neuron neuron : neurons) {
                if (neuron.layer() == 0) continue;
                String name = NetworkNames.bias(spec, neuron.layer() - 1, neuron.index());
                List<Neuron> column = columns.get(neuron.layer());
                boolean upper = neuron.index() < (column.size() + 1) / 2;
                request(requests, name, Role.BIAS, aroundNeuron(neuron, size(Role.BIAS, name), !upper));
            }
        }
        double middle = neurons.stream().mapToDouble(Neuron::y).average().orElse(0);
        for (WeightEdge edge : weights) {
            double[] s = size(Role.WEIGHT, edge.name());
            request(requests, edge.name(), Role.WEIGHT, besideEdge(edge.line(), s, middle),
                    grouped ? 1 + neurons.indexOf(edge.target()) : 0);
        }
        requests.add(learningRate());
        pending.add(new Pending(DocumentEdits.LEARNING_RATE, null, 1, size, 0));
        return requests;
    }

    private void request(List<Request> requests, String name, Role role, List<Rect> candidates) {
        request(requests, name, role, candidates, 0);
    }

    private void request(List<Request> requests, String name, Role role, List<Rect> candidates, int group) {
        List<Rect> inside = candidates.stream().filter(r -> r.x() >= 2 && r.y() >= 2).toList();
        requests.add(new Request(inside.isEmpty() ? candidates : inside, group));
        pending.add(new Pending(name, role, (int) Math.round((candidates.get(0).h() - 2) / TextMeasure.lineHeight(size)), size,
                group));
    }

    /**
     * Around a neuron: on its outer side ({@code above} for the upper half of a column), centred then shifted
     * sideways; then beside it on the right and on the left; then on the other side.
     */
    private List<Rect> aroundNeuron(Neuron n, double[] s, boolean above) {
        double w = s[0];
        double h = s[1];
        double[] shifts = {0, -0.5, 0.5, -0.3, 0.3, -0.7, 0.7};
        List<Rect> out = new ArrayList<>();
        for (int sign : new int[] {above ? -1 : 1, above ? 1 : -1}) {
            for (double raise : new double[] {0, RAISE}) {
                double cy = n.y() + sign * (R + GAP + raise + h / 2);
                for (double shift : shifts) out.add(Rect.centred(n.x() + shift * w, cy, w, h));
            }
            for (int side : new int[] {1, -1}) {
                double cx = n.x() + side * (R + GAP + w / 2);
                out.add(Rect.centred(cx, n.y() + sign * (h / 2 + GAP), w, h));
                out.add(Rect.centred(cx, n.y() + sign * (R * 0.6 + h / 2), w, h));
            }
        }
        return out;
    }

    /** Beside a shared bias node, then below it, then above it. */
    private List<Rect> aroundBias(BiasNode b, double[] s) {
        double w = s[0];
        double h = s[1];
        double r = NetworkLayout.BIAS_RADIUS;
        List<Rect> out = new ArrayList<>();
        for (double dy : new double[] {0, -h / 2, h / 2}) {
            out.add(Rect.centred(b.x() - r - GAP - w / 2, b.y() + dy, w, h));
            out.add(Rect.centred(b.x() + r + GAP + w / 2, b.y() + dy, w, h));
        }
        for (double shift : new double[] {0, -0.3, 0.3, -0.5, 0.5}) {
            out.add(Rect.centred(b.x() + shift * w, b.y() + r + GAP + h / 2, w, h));
        }
        out.add(Rect.centred(b.x(), b.y() - r - GAP - h / 2, w, h));
        return out;
    }

    /** Beside an edge, first on the side away from the middle of the drawing. */
    private static List<Rect> besideEdge(Segment line, double[] s, double middle) {
        double midY = (line.y1() + line.y2()) / 2;
        return LabelPlacement.beside(line, s[0], s[1], NetworkLayout.along(), midY <= middle ? 1 : -1);
    }

    /** The learning rate: at the top left, or at the bottom left under the inputs. */
    private Request learningRate() {
        double w = Math.ceil(measure.width(NetworkLayout.learningRateSample(), size, false) + 16);
        double h = BOX_H;
        double lowest = columns.get(0).get(columns.get(0).size() - 1).y();
        double x = NetworkLayout.MARGIN;
        return new Request(List.of(new Rect(x + 16, NetworkLayout.MARGIN + 4, w, h), new Rect(x, lowest + R + 2 * GAP + 16, w, h),
                new Rect(x, lowest + R + 2 * GAP + 16 + 2 * h, w, h)));
    }

    /** The learning rate becomes a box where it was placed, and each weight edge takes its label's centre. */
    private void attachPlaced() {
        DiagramLabel rate = labels.remove(labels.size() - 1);
        boxes.add(new LabelBox(rate.name(), BoxKind.LEARNING_RATE, null, rate.box().x(), rate.box().y(), rate.box().w(),
                rate.box().h()));
        Map<String, DiagramLabel> weightLabels = new HashMap<>();
        for (DiagramLabel label : labels) if (label.role() == Role.WEIGHT) weightLabels.putIfAbsent(label.name(), label);
        for (int k = 0; k < weights.size(); k++) {
            WeightEdge edge = weights.get(k);
            DiagramLabel label = weightLabels.get(edge.name());
            if (label != null) {
                weights.set(k, new WeightEdge(edge.name(), edge.source(), edge.target(), label.box().centerX(), label.box().centerY()));
            }
        }
    }

    /** The layout, shifted so that nothing starts left of or above the margin, sized to hold everything. */
    private NetworkLayout bounded() {
        double right = 0;
        double bottom = 0;
        for (Neuron n : neurons) {
            right = Math.max(right, n.x() + R);
            bottom = Math.max(bottom, n.y() + R);
        }
        for (BiasNode b : biases) bottom = Math.max(bottom, b.y() + NetworkLayout.BIAS_RADIUS);
        for (LabelBox box : boxes) {
            right = Math.max(right, box.x() + box.w());
            bottom = Math.max(bottom, box.y() + box.h());
        }
        for (DiagramLabel label : labels) {
            right = Math.max(right, label.box().right());
            bottom = Math.max(bottom, label.box().bottom());
        }
        return new NetworkLayout(neurons, weights, biases, biasEdges, boxes, links, labels, !grouped, right + NetworkLayout.MARGIN,
                bottom + NetworkLayout.MARGIN);
    }
}
