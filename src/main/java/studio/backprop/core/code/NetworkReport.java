package studio.backprop.core.code;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.backprop.core.graph.Equation;
import studio.backprop.core.graph.Formula;
import studio.backprop.core.graph.Graph;
import studio.backprop.core.graph.Node;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.Element;
import studio.backprop.core.nn.LoweredNetwork;
import studio.backprop.core.nn.Lowering;
import studio.backprop.core.nn.NetworkNames;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.NetworkTrace;
import studio.backprop.core.nn.Sample;

/**
 * A network's trace read as a list of quantities: for every step its number, the name the trace gives it (the left
 * side of its equation) and the {@link Quantity} it computes. The scripts print exactly these, in this order, so
 * the names and the step numbers come from the trace itself and nothing is written down per preset.
 */
final class NetworkReport {
    /** One printed line: the step (from 1), the trace's name, and where the value lives. */
    record Entry(int step, String name, Quantity quantity, Equation equation) { }

    private final NetworkSpec spec;
    private final Sample sample;
    private final LoweredNetwork network;
    private final Trace trace;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Quantity.Kind, Map<Integer, List<Entry>>> byKindAndLayer = new EnumMap<>(Quantity.Kind.class);
    private final Map<String, int[]> deltas = new HashMap<>();

    NetworkReport(NetworkSpec spec, Sample sample) {
        this.spec = spec;
        this.sample = sample;
        this.network = Lowering.lower(spec, sample);
        this.trace = NetworkTrace.trace(network);
        for (int layer = 1; layer < spec.layerCount(); layer++) {
            for (int j = 0; j < spec.size(layer); j++) deltas.put(NetworkNames.delta(spec, layer, j), new int[] {layer, j});
        }
        for (Step step : trace.steps()) {
            Formula lhs = step.equation().lhs();
            Quantity quantity = resolve(lhs);
            Entry entry = new Entry(step.index() + 1, lhs.toText(NumberStyle.LECTURE), quantity, step.equation());
            entries.add(entry);
            byKindAndLayer.computeIfAbsent(quantity.kind(), k -> new HashMap<>())
                    .computeIfAbsent(quantity.layer(), k -> new ArrayList<>()).add(entry);
        }
    }

    NetworkSpec spec() { return spec; }

    Sample sample() { return sample; }

    Trace trace() { return trace; }

    List<Entry> entries() { return entries; }

    /** The entries of one kind in one layer, in step order (empty when the trace has none). */
    List<Entry> of(Quantity.Kind kind, int layer) {
        return byKindAndLayer.getOrDefault(kind, Map.of()).getOrDefault(layer, List.of());
    }

    /**
     * A comment for the code line that computes these entries: their step numbers and the first one's equation as
     * the trace writes it ({@code steps 1–2: net_h1 = w1·i1 + w2·i2 + b1·1}); empty when there are none.
     */
    String comment(List<Entry> entries) {
        if (entries.isEmpty()) return "";
        List<Integer> numbers = entries.stream().map(Entry::step).toList();
        Equation first = entries.get(0).equation();
        String equation = first.lhs().toText(NumberStyle.LECTURE)
                + (first.symbolic() == null ? "" : " = " + first.symbolic().toText(NumberStyle.LECTURE));
        return PythonWriter.steps(numbers) + ": " + equation;
    }

    /** The letter(s) of a layer's neurons as a variable suffix: i, h, o; or i, h1, h2, o in a deeper network. */
    String suffix(int layer) {
        String first = NetworkNames.neuron(spec, layer, 0);
        return first.replaceFirst("\\.?\\d+$", "");
    }

    /** The trace's names of a layer's neurons, for comments ({@code h1, h2}). */
    String neurons(int layer) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < spec.size(layer); j++) names.add(NetworkNames.neuron(spec, layer, j));
        return abbreviate(names);
    }

    /** A row of weight names for a comment ({@code w1 w2}), shortened for wide layers. */
    String weightRow(int l, int to) {
        List<String> names = new ArrayList<>();
        for (int from = 0; from < spec.size(l); from++) names.add(NetworkNames.weight(spec, l, to, from));
        return abbreviate(names);
    }

    private static String abbreviate(List<String> names) {
        if (names.size() <= 6) return String.join(", ", names);
        return names.get(0) + ", " + names.get(1) + ", …, " + names.get(names.size() - 1);
    }

    /** The quantity a step's left-hand side names. */
    private Quantity resolve(Formula lhs) {
        if (lhs instanceof Formula.Symbol symbol) return symbol(symbol.name());
        if (lhs instanceof Formula.Partial partial) return partial(name(partial.of()), name(partial.wrt()));
        if (lhs instanceof Formula.Product product && product.factors().size() == 2
                && product.factors().get(0) instanceof Formula.Partial first
                && product.factors().get(1) instanceof Formula.Partial second) {
            // ∂E_total/∂net_o1 · ∂net_o1/∂out_h1: one path into a hidden neuron
            Element upper = element(name(second.of()));
            Element lower = element(name(second.wrt()));
            if (name(first.of()).equals(NetworkNames.TOTAL) && upper instanceof Element.Neuron u
                    && lower instanceof Element.Neuron d) {
                return Quantity.of(Quantity.Kind.PATH, d.layer(), u.index(), d.index());
            }
        }
        throw unknown(lhs);
    }

    private Quantity symbol(String name) {
        int[] delta = deltas.get(name);
        if (delta != null) return Quantity.of(Quantity.Kind.DELTA, delta[0], delta[1], 0);
        if (name.endsWith("⁺")) {
            Element parameter = element(name.substring(0, name.length() - 1));
            if (parameter instanceof Element.Weight w) return Quantity.of(Quantity.Kind.UPDATED_WEIGHT, w.layer(), w.to(), w.from());
            if (parameter instanceof Element.Bias b) return Quantity.of(Quantity.Kind.UPDATED_BIAS, b.layer(), b.to(), 0);
        }
        Element element = element(name);
        if (element instanceof Element.Neuron n) {
            return Quantity.of(n.part() == Element.Part.NET ? Quantity.Kind.NET : Quantity.Kind.OUT, n.layer(), n.index(), 0);
        }
        if (element instanceof Element.Error e) return Quantity.of(Quantity.Kind.ERROR, spec.layerCount() - 1, e.index(), 0);
        if (element instanceof Element.Total) return Quantity.of(Quantity.Kind.TOTAL, spec.layerCount() - 1, 0, 0);
        throw unknown(Formula.symbol(name));
    }

    private Quantity partial(String of, String wrt) {
        Element numerator = element(of);
        Element denominator = element(wrt);
        if (numerator instanceof Element.Total) {
            if (denominator instanceof Element.Neuron n && n.part() == Element.Part.OUT) {
                return Quantity.of(Quantity.Kind.OUT_GRADIENT, n.layer(), n.index(), 0);
            }
            if (denominator instanceof Element.Weight w) return Quantity.of(Quantity.Kind.WEIGHT_GRADIENT, w.layer(), w.to(), w.from());
            if (denominator instanceof Element.Bias b) return Quantity.of(Quantity.Kind.BIAS_GRADIENT, b.layer(), b.to(), 0);
        }
        if (numerator instanceof Element.Neuron n && denominator instanceof Element.Neuron d) {
            if (n.part() == Element.Part.OUT && d.part() == Element.Part.NET && n.layer() == d.layer() && n.index() == d.index()) {
                return Quantity.of(Quantity.Kind.ACTIVATION_GRADIENT, n.layer(), n.index(), 0);
            }
        }
        if (numerator instanceof Element.Neuron n && n.part() == Element.Part.NET && denominator instanceof Element.Weight w) {
            return Quantity.of(Quantity.Kind.NET_WEIGHT_GRADIENT, w.layer(), w.to(), w.from());
        }
        if (numerator instanceof Element.Error e && denominator instanceof Element.Neuron d) {
            return Quantity.of(Quantity.Kind.PATH, d.layer(), e.index(), d.index());
        }
        throw unknown(Formula.partial(of, wrt));
    }

    private Element element(String name) {
        Graph graph = network.graph();
        Optional<Node> node = graph.find(name);
        if (node.isEmpty()) return null;
        return network.element(node.get().id());
    }

    private static String name(Formula formula) {
        if (formula instanceof Formula.Symbol symbol) return symbol.name();
        throw unknown(formula);
    }

    private static IllegalStateException unknown(Formula lhs) {
        return new IllegalStateException("no script code for the trace's quantity " + lhs.toText(NumberStyle.LECTURE));
    }
}
