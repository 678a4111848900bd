package studio.backprop.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The benchmark JVM's CPU time per operation ({@code ·cpu.ns}), beside JMH's wall-clock score. On a machine
 * that other processes load, wall-clock time counts the time the benchmark thread waited for a core, CPU
 * time does not; after warm-up the JIT and GC threads add little to a single-threaded benchmark. Use with
 * {@code -prof studio.backprop.bench.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    /** The label of the secondary result. */
    static final String LABEL = "cpu.ns";
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long cpu = os.getProcessCpuTime() - start;
        long ops = result.getMetadata().getAllOps();
        double perOp = ops == 0 ? Double.NaN : cpu / (double) ops;
        return List.of(new ScalarResult(LABEL, perOp, "ns/op", AggregationPolicy.AVG));
    }
}
