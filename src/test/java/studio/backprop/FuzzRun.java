package studio.backprop;

import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import org.opentest4j.TestAbortedException;

/**
 * A long run of a property, outside jqwik's short default runs: cases drawn from the property's own
 * arbitraries and fed to the property's own method, for {@code -Dbackprop.fuzz.tries=N} cases or until
 * {@code -Dbackprop.fuzz.seconds=S} have passed, whichever comes first. Any exception or failed assertion
 * ends the run and names the case; cases whose assumptions do not hold are counted apart.
 */
public final class FuzzRun {
    /** The system property that enables the long runs and sets their number of cases. */
    public static final String TRIES = "backprop.fuzz.tries";
    /** The system property that bounds a long run's wall time, in seconds (default: no bound). */
    public static final String SECONDS = "backprop.fuzz.seconds";

    /**
     * What a run did.
     *
     * @param tries     cases generated and checked
     * @param passed    cases that held
     * @param assumed   cases skipped because an assumption did not hold
     * @param elapsed   wall time
     */
    public record Outcome(String name, long tries, long passed, long assumed, Duration elapsed) {
        @Override
        public String toString() {
            return String.format("fuzz %s: %d tries, %d checked, %d skipped by assumptions, 0 failures, %d s",
                    name, tries, passed, assumed, elapsed.toSeconds());
        }
    }

    private FuzzRun() { }

    /** Runs {@code property} on cases from {@code cases}; throws AssertionError naming the first failing case. */
    public static <T> Outcome run(String name, Arbitrary<T> cases, Consumer<T> property) {
        long tries = Long.getLong(TRIES, 0L);
        long budget = Math.multiplyExact(Math.min(Long.getLong(SECONDS, 1L << 32), 1L << 32), 1_000_000_000L);
        long start = System.nanoTime();
        Iterator<T> source = cases.sampleStream().iterator();
        long done = 0;
        long passed = 0;
        long assumed = 0;
        while (done < tries && System.nanoTime() - start < budget) {
            T next = source.next();
            done++;
            try {
                property.accept(next);
                passed++;
            } catch (TestAbortedException notApplicable) {
                assumed++;
            } catch (Throwable failure) {
                throw new AssertionError(name + ": case " + done + " failed: " + next + " → " + failure, failure);
            }
        }
        Outcome outcome = new Outcome(name, done, passed, assumed, Duration.ofNanos(System.nanoTime() - start));
        System.out.println(outcome);
        return outcome;
    }
}
