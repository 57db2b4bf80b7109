package weiyu.loadgen;

import java.util.Arrays;

/** Latency samples in microseconds and their percentiles. */
final class Percentiles {
    private long[] samples = new long[1 << 16];
    private int count;

    synchronized void add(long micros) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = micros;
    }

    synchronized int count() {
        return count;
    }

    /** "p50 1.2 ms, p90 ..., p99 ..., p99.9 ..., max ..." */
    synchronized String summary() {
        if (count == 0) {
            return "no samples";
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999), sorted[count - 1] / 1000.0);
    }

    private static double at(long[] sorted, double q) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
