package studio.backprop.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.backprop.app.FxTestToolkit;
import studio.backprop.app.support.LatestWins.Outcome;

class LatestWinsTest {

    @BeforeAll
    static void toolkit() {
        FxTestToolkit.start();
    }

    @Test
    void onlyTheLatestRequestDelivers() throws Exception {
        LatestWins<Integer> channel = new LatestWins<>("test-latest");
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        var first = channel.submit(stale -> { started.countDown(); release.await(5, TimeUnit.SECONDS); return 1; },
                value -> { delivered.add(value); onFxThread.add(Platform.isFxApplicationThread()); }, failure -> { });
        // the first is running (not skipped at its start) before the newer requests come
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        var second = channel.submit(stale -> 2, delivered::add, failure -> { });
        var third = channel.submit(stale -> 3,
                value -> { delivered.add(value); onFxThread.add(Platform.isFxApplicationThread()); }, failure -> { });
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.STALE);
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.STALE);
        assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.DELIVERED);
        assertThat(delivered).containsExactly(3);
        assertThat(onFxThread).containsExactly(true);
    }

    @Test
    void aFailureReachesTheFxThreadAndTheChannelGoesOn() throws Exception {
        LatestWins<String> channel = new LatestWins<>("test-failure");
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        var broken = channel.submit(stale -> { throw new IllegalArgumentException("bad"); }, value -> { }, failures::add);
        assertThat(broken.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.FAILED);
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("bad");

        List<String> delivered = new CopyOnWriteArrayList<>();
        assertThat(channel.submit(stale -> "ok", delivered::add, failures::add).get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.DELIVERED);
        assertThat(delivered).containsExactly("ok");
    }

    @Test
    void aLongJobSeesThatItWasCancelled() throws Exception {
        LatestWins<Integer> channel = new LatestWins<>("test-cancel");
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawStale = new AtomicBoolean();
        var job = channel.submit(stale -> {
            started.countDown();
            while (!stale.getAsBoolean()) Thread.onSpinWait();
            sawStale.set(true);
            return 0;
        }, value -> { throw new AssertionError("a cancelled job delivered"); }, failure -> { });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        channel.cancel();
        assertThat(job.get(5, TimeUnit.SECONDS)).isEqualTo(Outcome.STALE);
        assertThat(sawStale).isTrue();
    }

    @Test
    void busyWhileARequestIsOpen() throws Exception {
        LatestWins<Integer> channel = new LatestWins<>("test-busy");
        CountDownLatch release = new CountDownLatch(1);
        var job = channel.submit(stale -> { release.await(5, TimeUnit.SECONDS); return 1; }, value -> { }, failure -> { });
        CountDownLatch checked = new CountDownLatch(1);
        AtomicBoolean busyMeanwhile = new AtomicBoolean();
        Platform.runLater(() -> { busyMeanwhile.set(channel.busyProperty().get()); checked.countDown(); });
        assertThat(checked.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        job.get(5, TimeUnit.SECONDS);
        CountDownLatch after = new CountDownLatch(1);
        AtomicBoolean busyAfter = new AtomicBoolean(true);
        Platform.runLater(() -> { busyAfter.set(channel.busyProperty().get()); after.countDown(); });
        assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(busyMeanwhile).isTrue();
        assertThat(busyAfter).isFalse();
    }
}
