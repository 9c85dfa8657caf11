package org.sutiao.evaluation.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mutable sum of {@link Counter}s plus the histogram of durations (days → concluded cases) for the median: what one
 * case contributes to a subject and month, or the sum over a period.
 */
public final class Counts {
    private final EnumMap<Counter, Long> values = new EnumMap<>(Counter.class);
    private final TreeMap<Integer, Long> durations = new TreeMap<>();

    /** Adds {@code n} to a counter. */
    public Counts add(Counter c, long n) {
        if (n != 0) {
            values.merge(c, n, Long::sum);
        }
        return this;
    }

    /** Adds one concluded case of {@code days} to the histogram. */
    public Counts addDuration(int days, long cases) {
        durations.merge(days, cases, Long::sum);
        return this;
    }

    /** Adds everything of {@code other}. */
    public Counts addAll(Counts other) {
        other.values.forEach(this::add);
        other.durations.forEach(this::addDuration);
        return this;
    }

    public long get(Counter c) {
        return values.getOrDefault(c, 0L);
    }

    /** Days → number of concluded cases, ascending. */
    public Map<Integer, Long> durations() {
        return durations;
    }

    public boolean isEmpty() {
        return values.isEmpty() && durations.isEmpty();
    }

    /**
     * The median duration in days of the histogram (the mean of the two middle values for an even count); null
     * without cases.
     */
    public Double medianDuration() {
        long n = durations.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long lo = (n - 1) / 2;
        long hi = n / 2;
        Integer a = null;
        Integer b = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : durations.entrySet()) {
            long next = seen + e.getValue();
            if (a == null && lo < next) {
                a = e.getKey();
            }
            if (b == null && hi < next) {
                b = e.getKey();
                break;
            }
            seen = next;
        }
        return (a + b) / 2.0;
    }
}
