package studio.backprop.core.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import studio.backprop.core.data.Expansion;
import studio.backprop.core.problem.Problem;
import studio.backprop.core.train.EarlyStopping;
import studio.backprop.core.train.Schedule;

/** Reads the {@code training} object of a network session: every setting optional, each checked for its range. */
final class TrainingReader {
    private static final List<String> TRAINING_FIELDS = List.of(
            "epochs", "iterations", "batchSize", "momentum", "l2", "l1", "dropout", "shuffle", "seed",
            "expand", "earlyStop", "schedule", "stopOn", "validation");

    private final JsonFields fields;

    TrainingReader(JsonFields fields) {
        this.fields = fields;
    }

    TrainingSettings training(ObjectNode node) {
        fields.allowOnly(node, "training", Set.of(), TRAINING_FIELDS);
        if (node.has("epochs") && node.has("iterations")) throw fields.problem("training.iterations", "session.epochsAndIterations");
        Integer epochs = node.has("epochs") ? fields.whole(node.get("epochs"), "training.epochs", 1, Limits.MAX_EPOCHS) : null;
        Integer iterations = node.has("iterations")
                ? fields.whole(node.get("iterations"), "training.iterations", 1, Limits.MAX_ITERATIONS) : null;
        Integer batchSize = node.has("batchSize")
                ? fields.whole(node.get("batchSize"), "training.batchSize", 0, SessionFiles.MAX_SAMPLES) : null;
        Double momentum = node.has("momentum") ? fields.fraction(node.get("momentum"), "training.momentum") : null;
        Double l2 = node.has("l2") ? fields.nonNegative(node.get("l2"), "training.l2") : null;
        Double l1 = node.has("l1") ? fields.nonNegative(node.get("l1"), "training.l1") : null;
        Double dropout = node.has("dropout") ? fields.fraction(node.get("dropout"), "training.dropout") : null;
        Boolean shuffle = node.has("shuffle") ? fields.bool(node.get("shuffle"), "training.shuffle") : null;
        Long seed = node.has("seed") ? (long) fields.whole(node.get("seed"), "training.seed", 0, SessionReader.MAX_SEED) : null;
        String expand = node.has("expand") ? fields.choice(node.get("expand"), "training.expand", Problem.of("session.what.expansion"),
                Expansion.Kind.values(), Expansion.Kind::id).id() : null;
        Integer earlyStop = node.has("earlyStop")
                ? fields.whole(node.get("earlyStop"), "training.earlyStop", 0, Limits.MAX_EPOCHS) : null;
        String schedule = node.has("schedule") ? fields.choice(node.get("schedule"), "training.schedule",
                Problem.of("session.what.schedule"), Schedule.Kind.values(), Schedule.Kind::id).id() : null;
        String stopOn = node.has("stopOn") ? fields.choice(node.get("stopOn"), "training.stopOn", Problem.of("session.what.measure"),
                EarlyStopping.Measure.values(), EarlyStopping.Measure::id).id() : null;
        Double validation = node.has("validation") ? fields.fraction(node.get("validation"), "training.validation") : null;
        return new TrainingSettings(epochs, iterations, batchSize, momentum, l2, l1, dropout, shuffle, seed, expand, earlyStop,
                schedule, stopOn, validation);
    }
}
