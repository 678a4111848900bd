package studio.backprop.core.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.Op;
import studio.backprop.core.train.Trainer;

class BumpsTest {

    @Test
    void aStepSitsAtMinusBOverW() {
        // Nielsen's figure: w = 1000, b = −400 is a step at s = 0.4
        assertThat(Bumps.position(1000, -400)).isEqualTo(0.4);
        assertThat(Bumps.bias(1000, 0.4)).isEqualTo(-400.0);
        assertThat(Bumps.position(0, 3)).isNaN();
    }

    @Test
    void aBumpIsTwoStepsWithOppositeOutputWeights() {
        NetworkSpec spec = Bumps.network(400, List.of(new Bumps.Bump(0.25, 0.5, 0.75)), 0);

        assertThat(spec.sizes()).containsExactly(1, 2, 1);
        assertThat(spec.weight(0, 0, 0)).isEqualTo(400.0);
        assertThat(spec.weight(0, 1, 0)).isEqualTo(400.0);
        assertThat(spec.bias(0, 0)).isEqualTo(-100.0);
        assertThat(spec.bias(0, 1)).isEqualTo(-200.0);
        assertThat(spec.weight(1, 0, 0)).isEqualTo(0.75);
        assertThat(spec.weight(1, 0, 1)).isEqualTo(-0.75);
        assertThat(spec.bias(1, 0)).isEqualTo(0.0);
        assertThat(Bumps.steps(spec)).containsExactly(new Bumps.Step(400, 0.25, 0.75), new Bumps.Step(400, 0.5, -0.75));
        // inside the bump: 0.75·σ(400·0.375 − 100) − 0.75·σ(400·0.375 − 200) = 0.75·(σ(50) − σ(−50))
        assertThat(Bumps.value(spec, 0.375)).isEqualTo(0.75 * Op.sigmoid(50) - 0.75 * Op.sigmoid(-50));
        assertThat(Bumps.value(spec, 0.375)).isCloseTo(0.75, within(1e-15));
        // outside: both steps off, or both on and cancelling
        assertThat(Bumps.value(spec, 0.1)).isCloseTo(0, within(1e-20));
        assertThat(Bumps.value(spec, 0.9)).isCloseTo(0, within(1e-15));
        // at a step's position its neuron is exactly half on
        assertThat(Bumps.stepValue(spec, 0, 0.25)).isEqualTo(0.375);
    }

    @Test
    void theNetworkComputesWhatTheTrainerComputes() {
        NetworkSpec spec = Bumps.network(30, List.of(new Bumps.Bump(0.1, 0.4, 0.6), new Bumps.Bump(0.4, 0.8, -0.3)), 0.05);
        List<Sample> xs = Bumps.samples(x -> 0, 11);
        double[][] outputs = Trainer.outputs(spec, xs);

        for (int s = 0; s < xs.size(); s++) {
            assertThat(outputs[s][0]).isCloseTo(Bumps.value(spec, xs.get(s).input(0)), within(1e-15));
        }
    }

    @Test
    void fittingTilesTheIntervalWithTheTargetAtEachMiddle() {
        List<Bumps.Bump> bumps = Bumps.fit(x -> x * x, 4);

        assertThat(bumps).containsExactly(new Bumps.Bump(0, 0.25, 0.015625), new Bumps.Bump(0.25, 0.5, 0.140625),
                new Bumps.Bump(0.5, 0.75, 0.390625), new Bumps.Bump(0.75, 1, 0.765625));
    }

    @Test
    void moreBumpsAndSteeperStepsApproximateBetter() {
        TargetCurve sin = TargetCurve.of(TargetCurve.Shape.SIN);
        double five = Bumps.error(Bumps.network(Bumps.DEFAULT_STEEPNESS, Bumps.fit(sin, 5), 0), sin, 201);
        double twenty = Bumps.error(Bumps.network(Bumps.DEFAULT_STEEPNESS, Bumps.fit(sin, 20), 0), sin, 201);
        double smooth = Bumps.error(Bumps.network(10, Bumps.fit(sin, 20), 0), sin, 201);

        assertThat(twenty).isLessThan(five / 3).isLessThan(0.03);
        assertThat(smooth).isGreaterThan(twenty);
    }

    @Test
    void editsMoveOneStepOrOneBumpAndKeepTheRestExact() {
        NetworkSpec spec = Bumps.network(100, List.of(new Bumps.Bump(0.2, 0.4, 0.5), new Bumps.Bump(0.6, 0.9, 0.25)), 0);

        NetworkSpec moved = Bumps.withPosition(spec, 1, 0.45);
        assertThat(moved.bias(0, 1)).isEqualTo(-45.0);
        assertThat(Bumps.step(moved, 1).position()).isEqualTo(0.45);
        assertThat(moved.bias(0, 2)).isEqualTo(spec.bias(0, 2));

        NetworkSpec taller = Bumps.withHeight(spec, 1, 0.875);
        assertThat(taller.weight(1, 0, 2)).isEqualTo(0.875);
        assertThat(taller.weight(1, 0, 3)).isEqualTo(-0.875);
        assertThat(taller.weight(1, 0, 0)).isEqualTo(0.5);

        NetworkSpec steep = Bumps.withSteepness(spec, 1000);
        for (int j = 0; j < 4; j++) {
            assertThat(steep.weight(0, j, 0)).isEqualTo(1000.0);
            assertThat(Bumps.step(steep, j).position()).isCloseTo(Bumps.step(spec, j).position(), within(1e-15));
        }
        assertThat(steep.bias(0, 0)).isEqualTo(-200.0);
        assertThatThrownBy(() -> Bumps.withSteepness(spec, 0)).hasMessageContaining("steepness");
    }

    @Test
    void theProofShapeIsRecognised() {
        assertThat(Bumps.fits(Bumps.network(5, Bumps.fit(x -> x, 3), 0))).isTrue();
        assertThat(Bumps.pairs(Bumps.network(5, Bumps.fit(x -> x, 3), 0))).isEqualTo(3);
        assertThat(Bumps.fits(LectureNetwork.spec())).isFalse();
    }

    @Test
    void aDrawnStrokeSetsTheGridPointsItCrosses() {
        TargetCurve flat = TargetCurve.of(x -> 0.5);
        TargetCurve drawn = flat.drawn(0.1, 0.0, 0.3, 1.0);

        assertThat(drawn.applyAsDouble(0.1)).isCloseTo(0.0, within(1e-12));
        assertThat(drawn.applyAsDouble(0.2)).isCloseTo(0.5, within(1e-12));
        assertThat(drawn.applyAsDouble(0.3)).isCloseTo(1.0, within(1e-12));
        assertThat(drawn.applyAsDouble(0.5)).isEqualTo(0.5);
        assertThat(TargetCurve.of(TargetCurve.Shape.STEP).applyAsDouble(0.8)).isEqualTo(0.8);
    }
}
