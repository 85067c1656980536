package gotohotel.benchmarks;

import java.util.Arrays;

/** Collects latencies in nanoseconds and reports percentiles. Not thread-safe: one per client. */
final class Latencies {

    private long[] values = new long[1 << 14];
    private int count;

    void record(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    int count() {
        return count;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        var all = new Latencies();
        for (var part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.record(part.values[i]);
            }
        }
        Arrays.sort(all.values, 0, all.count);
        return all;
    }

    /** Percentile in milliseconds of a merged (sorted) set. */
    double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * count) - 1;
        return values[Math.max(0, index)] / 1e6;
    }

    String summary() {
        return String.format("p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms", percentileMillis(50), percentileMillis(90),
                percentileMillis(99), percentileMillis(100));
    }
}
