package studio.backprop.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.io.Presets;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.nn.Sample;

/** BFGS on problems with known minima, and against SGD and momentum on Welch Labs' network. */
class BfgsTest {

    /** f(x) = ½xᵀAx − bᵀx with A symmetric positive definite: the minimiser solves Ax = b. */
    private static Bfgs.Objective quadratic(double[][] a, double[] b) {
        return new Bfgs.Objective() {
            @Override
            public double value(double[] x) {
                double v = 0;
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x.length; j++) v += 0.5 * x[i] * a[i][j] * x[j];
                    v -= b[i] * x[i];
                }
                return v;
            }

            @Override
            public double[] gradient(double[] x) {
                double[] g = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x.length; j++) g[i] += a[i][j] * x[j];
                    g[i] -= b[i];
                }
                return g;
            }
        };
    }

    @Test
    void reachesTheMinimiserOfAQuadratic() {
        double[][] a = {{4, 1, 0, 0}, {1, 3, 1, 0}, {0, 1, 5, 2}, {0, 0, 2, 10}};
        double[] minimiser = {1, -2, 0.5, 3};
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) b[i] += a[i][j] * minimiser[j];

        Bfgs.Result result = Bfgs.minimise(quadratic(a, b), new double[4], 100, 1e-12);

        assertThat(result.converged()).isTrue();
        for (int i = 0; i < 4; i++) assertThat(result.minimiser()[i]).isCloseTo(minimiser[i], within(1e-8));
        assertThat(result.iterations()).isLessThan(30);
        assertThat(result.losses()[0]).isZero();
    }

    @Test
    void reachesTheMinimumOfRosenbrocksValley() {
        Bfgs.Objective rosenbrock = new Bfgs.Objective() {
            @Override
            public double value(double[] x) {
                return Math.pow(1 - x[0], 2) + 100 * Math.pow(x[1] - x[0] * x[0], 2);
            }

            @Override
            public double[] gradient(double[] x) {
                return new double[] {-2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]), 200 * (x[1] - x[0] * x[0])};
            }
        };

        Bfgs.Result result = Bfgs.minimise(rosenbrock, new double[] {-1.2, 1}, 500, 1e-10);

        assertThat(result.minimiser()[0]).isCloseTo(1, within(1e-6));
        assertThat(result.minimiser()[1]).isCloseTo(1, within(1e-6));
        double[] losses = result.losses();
        for (int i = 1; i < losses.length; i++) assertThat(losses[i]).isLessThanOrEqualTo(losses[i - 1]);
    }

    @Test
    void badSettingsAreRefused() {
        Bfgs.Objective f = quadratic(new double[][] {{1}}, new double[] {1});
        assertThatThrownBy(() -> Bfgs.minimise(f, new double[1], 0, 1e-9)).hasMessageContaining("at least 1 iteration");
        Bfgs.Objective nan = quadratic(new double[][] {{Double.NaN}}, new double[] {1});
        assertThatThrownBy(() -> Bfgs.minimise(nan, new double[] {1}, 5, 1e-9)).hasMessageContaining("not a finite number");
    }

    @Test
    void theNetworkObjectivesGradientMatchesFiniteDifferences() {
        for (String preset : List.of("welch", "mazur", "xor")) {
            NetworkDocument doc = (NetworkDocument) Presets.load(preset).document();
            NetworkSpec spec = doc.network();
            LossCurves.NetworkObjective objective = new LossCurves.NetworkObjective(spec, doc.data().train(), 0.01);
            double[] x = LossCurves.NetworkObjective.parameters(spec);
            double[] g = objective.gradient(x);
            double h = 1e-6;
            for (int i = 0; i < x.length; i++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[i] += h;
                down[i] -= h;
                double numeric = (objective.value(up) - objective.value(down)) / (2 * h);
                if (!spec.updateBiases() && g[i] == 0) continue; // a bias the spec keeps fixed
                assertThat(g[i]).as(preset + " parameter " + i).isCloseTo(numeric, within(1e-7));
            }
        }
    }

    @Test
    void bfgsTakesWelchsLossBelowSgdAndMomentumInTheSameIterations() {
        NetworkDocument doc = (NetworkDocument) Presets.load("welch").document();
        List<Sample> samples = doc.data().train();
        int iterations = 60;

        LossCurves.Curve sgd = LossCurves.run(LossCurves.Method.SGD, doc.network(), samples, iterations, 0);
        LossCurves.Curve momentum = LossCurves.run(LossCurves.Method.MOMENTUM, doc.network(), samples, iterations, 0);
        LossCurves.Curve bfgs = LossCurves.run(LossCurves.Method.BFGS, doc.network(), samples, iterations, 0);

        assertThat(sgd.losses()).hasSize(iterations);
        assertThat(momentum.losses()).hasSize(iterations);
        assertThat(bfgs.losses()[0]).isCloseTo(sgd.losses()[0], within(1e-15));
        double sgdEnd = sgd.last(samples, 0);
        double bfgsEnd = bfgs.last(samples, 0);
        assertThat(bfgsEnd).isLessThan(sgdEnd).isLessThan(momentum.last(samples, 0));
        assertThat(bfgsEnd).isLessThan(sgd.losses()[0] / 10);
    }

    @Test
    void trainAndTestRecordBothCostsAfterEveryIteration() {
        NetworkDocument doc = (NetworkDocument) Presets.load("welch").document();
        List<Sample> train = doc.data().train();
        List<Sample> test = List.of(new Sample(new double[] {0.4, 0.9}, new double[] {0.70}),
                new Sample(new double[] {0.8, 0.1}, new double[] {0.85}));
        TrainingOptions options = TrainingOptions.iterations(300);

        LossCurves.TrainTest curves = LossCurves.trainAndTest(doc.network(), train, test, options);

        assertThat(curves.train()).hasSize(300);
        assertThat(curves.test()).hasSize(300);
        double[] trainLoss = curves.train();
        assertThat(trainLoss[299]).isLessThan(trainLoss[0]);
        assertThat(curves.test()[299]).isCloseTo(Trainer.loss(curves.network(), test), within(1e-15));
        assertThatThrownBy(() -> LossCurves.trainAndTest(doc.network(), train, List.of(), options))
                .hasMessageContaining("test sample");
    }
}
