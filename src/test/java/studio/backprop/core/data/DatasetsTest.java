package studio.backprop.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import studio.backprop.core.nn.Dataset;
import studio.backprop.core.nn.Sample;

class DatasetsTest {

    private static List<Sample> all(Dataset data) {
        List<Sample> all = new ArrayList<>(data.train());
        all.addAll(data.test());
        return all;
    }

    private static double radius(Sample s) {
        return Math.hypot(s.input(0), s.input(1)) * Datasets.SCALE;
    }

    @Test
    void lectureIsTheSingleSampleOfTheLecture() {
        Dataset lecture = Datasets.lecture();

        assertThat(lecture.name()).isEqualTo("lecture");
        assertThat(lecture.train()).containsExactly(new Sample(new double[] {0.05, 0.10}, new double[] {0.01, 0.99}));
        assertThat(lecture.test()).isEmpty();
    }

    @Test
    void xorHasTheFourExactPoints() {
        Dataset xor = Datasets.xor();

        assertThat(xor.train()).hasSize(4).allSatisfy(s ->
                assertThat(s.target(0)).isEqualTo(((int) s.input(0)) ^ ((int) s.input(1))));
        assertThat(xor.train()).extracting(s -> s.input(0) + "," + s.input(1))
                .containsExactlyInAnyOrder("0.0,0.0", "0.0,1.0", "1.0,0.0", "1.0,1.0");
        assertThat(xor.test()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Datasets.Shape.class)
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData(Datasets.Shape shape) {
        Dataset first = Datasets.generate(shape, 200, 0.2, 42, 0.25);
        Dataset again = Datasets.generate(shape, 200, 0.2, 42, 0.25);
        Dataset other = Datasets.generate(shape, 200, 0.2, 43, 0.25);

        assertThat(again).isEqualTo(first);
        assertThat(other.train()).isNotEqualTo(first.train());
        assertThat(first.name()).isEqualTo(shape.id());
    }

    @ParameterizedTest
    @EnumSource(Datasets.Shape.class)
    void everySetIsSplitBalancedScaledAndLabelledZeroOrOne(Datasets.Shape shape) {
        Dataset data = Datasets.generate(shape, 500, 0.1, 7, 0.3);

        assertThat(data.train()).hasSize(350);
        assertThat(data.test()).hasSize(150);
        List<Sample> all = all(data);
        long ones = all.stream().filter(s -> s.target(0) == 1).count();
        assertThat(ones).isBetween(200L, 300L);
        assertThat(all).allSatisfy(s -> {
            assertThat(s.inputCount()).isEqualTo(2);
            assertThat(s.targetCount()).isEqualTo(1);
            assertThat(s.target(0)).isIn(0.0, 1.0);
        });
        // Gaussian tails may pass ±1 (noise 0.1: σ ≈ 1.1 around ±2, so 6 is ~3.6σ away); allow a few
        assertThat(all.stream().filter(s -> Math.abs(s.input(0)) > 1 || Math.abs(s.input(1)) > 1).count()).isLessThanOrEqualTo(2);
    }

    @Test
    void circleWithoutNoiseIsADiscInsideARing() {
        Dataset data = Datasets.circle(400, 0, 1, 0);

        assertThat(data.test()).isEmpty();
        for (Sample s : data.train()) {
            if (s.target(0) == 1) assertThat(radius(s)).isLessThan(2.5);
            else assertThat(radius(s)).isBetween(3.5, 5.0);
        }
        assertThat(data.train().stream().filter(s -> s.target(0) == 1).count()).isEqualTo(200);
    }

    @Test
    void circleNoiseFlipsSomeLabelsOfThePointsNearTheEdgeButNotInTheMiddle() {
        Dataset data = Datasets.circle(1000, 0.5, 3, 0);

        long flipped = data.train().stream().filter(s -> s.target(0) == 0 && radius(s) < 2.5).count();
        assertThat(flipped).isGreaterThan(10);
        // a ring point at r ≥ 3.5 moved by at most 2.5·√2 can still reach the disc, so labels may flip both ways
        assertThat(data.train()).allSatisfy(s -> assertThat(radius(s)).isLessThanOrEqualTo(5.0 + 1e-9));
    }

    @Test
    void quadrantsWithoutNoiseAreLabelledBySignAndKeptOffTheAxes() {
        Dataset data = Datasets.xorQuadrants(400, 0, 5, 0);

        assertThat(data.train()).allSatisfy(s -> {
            double x = s.input(0) * Datasets.SCALE;
            double y = s.input(1) * Datasets.SCALE;
            assertThat(Math.abs(x)).isBetween(0.3, 5.3);
            assertThat(Math.abs(y)).isBetween(0.3, 5.3);
            assertThat(s.target(0)).isEqualTo(Math.signum(x) == Math.signum(y) ? 1.0 : 0.0);
        });
    }

    @Test
    void gaussianClustersSitAtPlusAndMinusTwoWithPlaygroundsVariance() {
        Dataset data = Datasets.gaussian(4000, 0, 11, 0);
        double[] sum = new double[2];
        double[] squares = new double[2];
        int[] count = new int[2];
        for (Sample s : data.train()) {
            int label = (int) s.target(0);
            double x = s.input(0) * Datasets.SCALE;
            sum[label] += x;
            squares[label] += x * x;
            count[label]++;
        }
        assertThat(count[0]).isEqualTo(2000);
        assertThat(sum[1] / count[1]).isCloseTo(2, within(0.1));
        assertThat(sum[0] / count[0]).isCloseTo(-2, within(0.1));
        double variance = squares[1] / count[1] - Math.pow(sum[1] / count[1], 2);
        assertThat(variance).isCloseTo(0.5, within(0.05)); // noise 0 → variance 0.5
    }

    @Test
    void spiralsWithoutNoiseAreTwoArmsTurnedByHalfATurn() {
        Dataset data = Datasets.spiral(200, 0, 2, 0);
        // point i of 100 on arm 1: r = i/100·5, t = 1.75·i/100·2π; arm 0 is the same with t + π, i.e. −(x, y)
        for (Sample s : data.train()) {
            double x = s.input(0) * Datasets.SCALE;
            double y = s.input(1) * Datasets.SCALE;
            double r = Math.hypot(x, y);
            double i = r / 5 * 100;
            assertThat(i).isCloseTo(Math.rint(i), within(1e-9));
            double t = 1.75 * Math.rint(i) / 100 * 2 * Math.PI + (s.target(0) == 1 ? 0 : Math.PI);
            assertThat(x).isCloseTo(r * Math.sin(t), within(1e-9));
            assertThat(y).isCloseTo(r * Math.cos(t), within(1e-9));
        }
    }

    @Test
    void oneHotGivesTwoTargetsWithTheClassAtItsIndex() {
        Dataset binary = Datasets.circle(50, 0.1, 9, 0.2);
        Dataset oneHot = Datasets.oneHot(binary);

        assertThat(oneHot.train()).hasSameSizeAs(binary.train());
        assertThat(oneHot.test()).hasSameSizeAs(binary.test());
        for (int n = 0; n < binary.train().size(); n++) {
            Sample single = binary.train().get(n);
            Sample pair = oneHot.train().get(n);
            assertThat(pair.inputs()).isEqualTo(single.inputs());
            assertThat(pair.targets()).containsExactly(1 - single.target(0), single.target(0));
        }
        assertThatThrownBy(() -> Datasets.oneHot(Datasets.lecture()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one target 0 or 1");
    }

    @Test
    void splitKeepsEverySampleOnceAndHoldsOutTheRoundedFraction() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 10; i++) samples.add(new Sample(new double[] {i}, new double[] {0}));

        Dataset data = Datasets.split("ten", samples, 0.25, 1);

        assertThat(data.test()).hasSize(3); // round(2.5) = 3
        assertThat(all(data)).containsExactlyInAnyOrderElementsOf(samples);
        assertThat(all(data)).isNotEqualTo(samples); // shuffled (fixed seed, so this cannot flake)
        assertThat(Datasets.split("one", samples.subList(0, 1), 0.9, 1).train()).hasSize(1);
    }

    @Test
    void badParametersAreRefusedWithTheValue() {
        assertThatThrownBy(() -> Datasets.circle(1, 0, 1, 0)).hasMessageContaining("at least 2 points, not 1");
        assertThatThrownBy(() -> Datasets.spiral(10, 0.6, 1, 0)).hasMessageContaining("noise must be between 0 and 0.5, not 0.6");
        assertThatThrownBy(() -> Datasets.gaussian(10, Double.NaN, 1, 0)).hasMessageContaining("not NaN");
        assertThatThrownBy(() -> Datasets.xorQuadrants(10, 0, 1, 1.0)).hasMessageContaining("test fraction").hasMessageContaining("not 1.0");
        assertThatThrownBy(() -> Datasets.xorQuadrants(10, 0, 1, -0.1)).hasMessageContaining("not -0.1");
    }

    @Test
    void idsAreTheNamesUsedInFiles() {
        assertThat(Datasets.Shape.XOR_QUADRANTS.id()).isEqualTo("xor-quadrants");
        assertThat(Datasets.Shape.CIRCLE.id()).isEqualTo("circle");
    }
}
