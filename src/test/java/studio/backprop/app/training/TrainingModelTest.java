package studio.backprop.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static studio.backprop.app.Fx.done;
import static studio.backprop.app.Fx.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.LatestWins.Outcome;
import studio.backprop.core.Computation;
import studio.backprop.core.data.CsvImport;
import studio.backprop.core.data.Datasets;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.Activation;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Loss;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;
import studio.backprop.core.train.Trainer;

/** The training tab's model with the toolkit running but no robot: real worker threads, real snapshots. */
class TrainingModelTest {
    private StudioModel studio;
    private TrainingModel model;

    @BeforeAll
    static void startToolkit() {
        FxTestToolkit.start();
    }

    private void createOn(String preset) throws Exception {
        fx(() -> {
            studio = new StudioModel(Computation::trace, Presets.load("mazur").document());
            model = new TrainingModel(studio);
            assertThat(model.setup().loadPreset(preset).accepted()).isTrue();
        });
    }

    @Test
    void trainingTheCirclePresetLowersTheLossAndHandsTheNetworkToThePassTab() throws Exception {
        // given
        createOn("circle");
        double before = fx(() -> model.getTrainLoss());
        NetworkSpec start = fx(() -> model.getNetwork());
        // when
        Outcome outcome = done(() -> {
            model.form().setUnit(TrainingForm.Unit.EPOCHS);
            assertThat(model.form().setLength("30").accepted()).isTrue();
            CompletableFuture<Outcome> run = model.play();
            assertThat(model.getState()).isEqualTo(TrainingModel.State.RUNNING);
            assertThat(model.isDraining()).as("snapshots are applied while the run goes on").isTrue();
            return run;
        });
        // then
        assertThat(outcome).isEqualTo(Outcome.DELIVERED);
        assertThat(fx(() -> model.getState())).isEqualTo(TrainingModel.State.FINISHED);
        assertThat(fx(() -> model.isDraining())).as("the frame timer stops with the run").isFalse();
        assertThat(fx(() -> model.getIteration())).isEqualTo(30 * 25);
        double after = fx(() -> model.getTrainLoss());
        assertThat(after).isLessThan(before * 0.5);
        NetworkSpec trained = fx(() -> model.getNetwork());
        assertThat(trained).isNotEqualTo(start);
        assertThat(after).isCloseTo(Trainer.loss(trained, fx(() -> model.getData()).train()), within(1e-12));
        // the pass receives the trained network once its trace is computed in the background
        assertThat(done(() -> model.handedOver()).accepted()).isTrue();
        assertThat(fx(() -> ((NetworkDocument) studio.getDocument()).network())).isEqualTo(trained);
        LossCurve curve = fx(() -> model.getLossCurve());
        assertThat(curve.size()).isGreaterThan(10);
        assertThat(curve.iteration(0)).isZero();
        assertThat(curve.lastIteration()).isEqualTo(750);
        assertThat(curve.train(0)).isCloseTo(before, within(1e-12));
        assertThat(curve.hasTest()).isTrue();
        double[] sizes = fx(() -> model.getGradientSizes());
        assertThat(sizes).hasSize(2);
        assertThat(sizes[0]).isPositive();
        assertThat(sizes[1]).isPositive();
    }

    @Test
    void pauseStopsPartWayAndResetGoesBackToTheStart() throws Exception {
        // given
        createOn("circle");
        NetworkSpec start = fx(() -> model.getNetwork());
        CompletableFuture<Outcome> run = fx(() -> {
            model.form().setUnit(TrainingForm.Unit.ITERATIONS);
            model.form().setLength("100000000");
            return model.play();
        });
        // when
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> model.getIteration()) >= 200);
        fx(() -> model.pause());
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(Outcome.DELIVERED);
        // then
        int paused = fx(() -> model.getIteration());
        assertThat(fx(() -> model.getState())).isEqualTo(TrainingModel.State.PAUSED);
        assertThat(paused).isBetween(200, 100_000_000 - 1);
        assertThat(fx(() -> model.getMessage())).contains("Paused after " + paused);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> model.getIteration())).as("nothing trains after the pause").isEqualTo(paused);
        assertThat(fx(() -> model.isDraining())).isFalse();

        // when
        fx(() -> model.reset());
        // then
        assertThat(fx(() -> model.getIteration())).isZero();
        assertThat(fx(() -> model.getNetwork())).isEqualTo(start);
        assertThat(fx(() -> model.getLossCurve().size())).isEqualTo(1);
        assertThat(fx(() -> model.getState())).isEqualTo(TrainingModel.State.READY);
    }

    @Test
    void aResetDuringARunDropsTheRunsLateResults() throws Exception {
        // given: a long run under way
        createOn("circle");
        NetworkSpec start = fx(() -> model.getNetwork());
        CompletableFuture<Outcome> run = fx(() -> {
            model.form().setUnit(TrainingForm.Unit.ITERATIONS);
            model.form().setLength("100000000");
            return model.play();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> model.getIteration()) > 0);
        // when
        fx(() -> model.reset());
        // then: the run stops, and nothing of it reaches the model
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(Outcome.STALE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> model.getState())).isEqualTo(TrainingModel.State.READY);
        assertThat(fx(() -> model.getIteration())).isZero();
        assertThat(fx(() -> model.getNetwork())).isEqualTo(start);
        assertThat(fx(() -> model.getLossCurve().size())).isEqualTo(1);
        assertThat(fx(() -> model.isDraining())).isFalse();
    }

    @Test
    void oneIterationIsOneUpdate() throws Exception {
        createOn("mazur");
        done(() -> model.stepOnce());
        NetworkSpec after = fx(() -> model.getNetwork());
        // the lecture's w5 after its first update (REFERENCE.md)
        assertThat(after.weight(1, 0, 0)).isCloseTo(0.35891648, within(1e-8));
        assertThat(fx(() -> model.getIteration())).isEqualTo(1);
        assertThat(fx(() -> model.getTrainLoss())).isCloseTo(0.291027774, within(1e-9));
    }

    @Test
    void aTooHighLearningRateOnXorIsNamedInAMessage() throws Exception {
        // given
        createOn("xor");
        done(() -> {
            assertThat(model.form().setLearningRate("100").accepted()).isTrue();
            model.form().setUnit(TrainingForm.Unit.ITERATIONS);
            model.form().setLength("50");
            return model.play();
        });
        // then
        String problem = fx(() -> model.getProblem());
        assertThat(problem).contains("rose from").contains("learning rate 100").contains("too high");
        assertThat(fx(() -> model.getTrainLoss())).isFinite();
    }

    @Test
    void aRealDivergenceStopsWithAMessageAndAFiniteNetwork() throws Exception {
        // given: a linear neuron on large inputs with a huge learning rate
        createOn("xor");
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= 10; i++) samples.add(new Sample(new double[] {i, -i}, new double[] {3.0 * i}));
        done(() -> {
            assertThat(model.setup().applyStructure(new Structure(List.of(), List.of(), Activation.LINEAR, Loss.HALF_SSE,
                    Structure.Init.UNIFORM, 1)).accepted()).isTrue();
            assertThat(model.setup().useData(new Dataset("line", samples, List.of())).accepted()).isTrue();
            model.form().setLearningRate("1000");
            model.form().setLength("5000");
            return model.play();
        });
        // then
        assertThat(fx(() -> model.getState())).isEqualTo(TrainingModel.State.DIVERGED);
        assertThat(fx(() -> model.getProblem())).startsWith("Training diverged").contains("learning rate");
        assertThat(fx(() -> model.getTrainLoss())).isFinite();
        assertThat(fx(() -> model.getIteration())).isLessThan(5000);
        LossCurve curve = fx(() -> model.getLossCurve());
        for (int i = 0; i < curve.size(); i++) assertThat(curve.train(i)).isFinite();
    }

    @Test
    void allEqualStartKeepsHiddenUnitsEqualAndSaysSo() throws Exception {
        // given
        createOn("xor");
        fx(() -> assertThat(model.setup().applyStructure(new Structure(List.of(3), List.of(Activation.SIGMOID), Activation.SIGMOID,
                Loss.HALF_SSE, Structure.Init.ALL_EQUAL, 1)).accepted()).isTrue());
        // when
        done(() -> {
            model.form().setLength("300");
            return model.play();
        });
        // then
        NetworkSpec trained = fx(() -> model.getNetwork());
        assertThat(fx(() -> model.getIteration())).isEqualTo(300);
        assertThat(trained.weight(0, 0, 0)).isNotEqualTo(0.5);
        for (int j = 1; j < 3; j++) {
            assertThat(trained.weight(0, j, 0)).isEqualTo(trained.weight(0, 0, 0));
            assertThat(trained.weight(0, j, 1)).isEqualTo(trained.weight(0, 0, 1));
            assertThat(trained.weight(1, 0, j)).isEqualTo(trained.weight(1, 0, 0));
        }
        assertThat(fx(() -> model.getSymmetry())).contains("3 neurons of hidden layer 1").contains("stay equal");

        // when: a random start breaks the symmetry
        fx(() -> model.setup().applyStructure(new Structure(List.of(3), List.of(Activation.SIGMOID), Activation.SIGMOID,
                Loss.HALF_SSE, Structure.Init.XAVIER, 1)));
        // then
        assertThat(fx(() -> model.getSymmetry())).isEmpty();
    }

    @Test
    void badSettingsAreRefusedWithTheirName() throws Exception {
        createOn("xor");
        fx(() -> {
            assertThat(model.form().setLearningRate("abc").message()).contains("Learning rate").contains("abc");
            assertThat(model.form().setLearningRate("0").message()).contains("Learning rate").contains("above 0");
            assertThat(model.form().learningRateProperty().get()).isEqualTo(0.5);
            assertThat(model.form().setMomentum("1").message()).contains("Momentum");
            assertThat(model.form().setBatchSize("2.5").message()).contains("Batch size").contains("whole number");
            assertThat(model.getProblem()).contains("Batch size");
            assertThat(model.setup().applyStructure(new Structure(List.of(2), List.of(Activation.TANH), Activation.TANH,
                    Loss.CROSS_ENTROPY, Structure.Init.XAVIER, 1)).message()).contains("cross-entropy");
            assertThat(model.setup().applyStructure(new Structure(List.of(5), List.of(Activation.TANH), Activation.SIGMOID,
                    Loss.HALF_SSE, Structure.Init.FIXED, 1)).message()).contains("2-2-1").contains("2-5-1");
            assertThat(model.setup().loadPreset("simple").message()).contains("expression");
            assertThat(model.getNetwork().sizes()).containsExactly(2, 2, 1);
        });
    }

    @Test
    void thePlaneShowsTheHoveredNeuronsOwnOutput() throws Exception {
        // given
        createOn("xor");
        NetworkSpec spec = fx(() -> model.getNetwork());
        // when
        fx(() -> model.inspection().hoveredProperty().set(new Neuron(1, 1)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> model.inspection().getPlane() != null
                && model.inspection().getPlane().neuron().equals(new Neuron(1, 1))));
        Plane plane = fx(() -> model.inspection().getPlane());
        // then: the top-left corner is (minX, maxY); h2 = σ(w·x + b) computed by hand
        double x = plane.minX();
        double y = plane.maxY();
        double net = spec.weight(0, 1, 0) * x + spec.weight(0, 1, 1) * y + spec.bias(0, 1);
        assertThat(plane.resolution()).isEqualTo(Planes.RESOLUTION);
        assertThat(plane.value(0, 0)).isCloseTo(1 / (1 + Math.exp(-net)), within(1e-12));
        assertThat(plane.low()).isZero();
        assertThat(plane.high()).isEqualTo(1);
    }

    @Test
    void theGradientCheckPassesOnTheLectureNetwork() throws Exception {
        createOn("mazur");
        assertThat(done(() -> model.inspection().checkGradients())).isEqualTo(Outcome.DELIVERED);
        assertThat(fx(() -> model.inspection().gradientReportProperty().get().passed())).isTrue();
        assertThat(fx(() -> model.inspection().gradientReportProperty().get().rows())).hasSize(10);
        assertThat(fx(() -> model.inspection().checkingProperty().get())).isFalse();
    }

    @Test
    void theLossCurveStaysBoundedPastAHundredThousandIterations() {
        LossCurve.Recorder recorder = new LossCurve.Recorder();
        for (int i = 0; i <= 150_000; i++) recorder.add(i, 1.0 / (i + 1), Double.NaN);
        LossCurve curve = recorder.copy();
        assertThat(curve.size()).isBetween(LossCurve.MAX_POINTS / 2, LossCurve.MAX_POINTS + 1);
        assertThat(curve.iteration(0)).isZero();
        assertThat(curve.lastIteration()).isEqualTo(150_000);
        assertThat(curve.train(curve.size() - 1)).isEqualTo(1.0 / 150_001);
        assertThat(curve.hasTest()).isFalse();
        int step = curve.iteration(1) - curve.iteration(0);
        for (int i = 1; i < curve.size() - 1; i++) assertThat(curve.iteration(i) - curve.iteration(i - 1)).isEqualTo(step);
    }

    @Test
    void csvImportNamesTheBadLineAndTrainsOnTheChosenColumns() throws Exception {
        createOn("xor");
        String bad = "x1,x2,label\n0,0,0\n0,one,1\n";
        String good = "x1,x2,name,label\n0,0,a,0\n0,1,b,1\n1,0,c,1\n1,1,d,0\n";
        var table = CsvImport.parse(bad, "small.csv");
        assertThat(done(() -> model.setup().importCsv(table, "small", List.of("x1", "x2"), List.of("label"), "0")).message())
                .contains("small.csv").contains("line 3").contains("x2");
        assertThat(fx(() -> model.getData().name())).isEqualTo("xor");

        var named = CsvImport.parse(good, "gates.csv");
        assertThat(done(() -> model.setup().importCsv(named, "gates", List.of("x1", "x2"), List.of("label"), "25")).accepted()).isTrue();
        fx(() -> {
            assertThat(model.getData().train()).hasSize(3);
            assertThat(model.getData().test()).hasSize(1);
            assertThat(model.getNetwork().sizes()).containsExactly(2, 2, 1);
            assertThat(model.getProblem()).isEmpty();
            return null;
        });
    }

    @Test
    void generatedDataRebuildsTheNetworkForItsShapeAndRefusesBadSettings() throws Exception {
        createOn("mazur");
        // the lecture's 2-2-2 network needs two targets; the spiral has one, so a new network is built
        assertThat(done(() -> model.setup().generate(Datasets.Shape.SPIRAL, "100", "0.1", "3", "20")).accepted()).isTrue();
        assertThat(done(() -> model.setup().generate(Datasets.Shape.CIRCLE, "100", "0.9", "3", "20")).message()).contains("noise");
        fx(() -> {
            assertThat(model.getData().train()).hasSize(80);
            assertThat(model.getData().test()).hasSize(20);
            assertThat(model.getNetwork().sizes()).containsExactly(2, 2, 1);
            assertThat(model.setup().structureProperty().get().init()).isEqualTo(Structure.Init.XAVIER);
            assertThat(model.setup().generate(Datasets.Shape.CIRCLE, "1", "0", "3", "20").join().message())
                    .as("refused at once, before any work in the background").contains("Points");
            assertThat(model.getData().name()).isEqualTo("spiral");
            return null;
        });
    }
}
