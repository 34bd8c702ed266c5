package org.layoutstudio.bench;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH benchmarks (the arguments are JMH's, e.g. a regex) and then prints each result's ratio
 * against its baseline: a benchmark of the same run named by {@link RatioTo}, or a figure recorded
 * before a change, from the benchmark class's static {@code Map<String, Double> RECORDED} keyed like
 * the lines printed here ({@code method[param=value,…]}). Also prints the load average, since the
 * machines are shared. Run with {@code ./mvnw -Pbench verify -Dbench=REGEX}.
 */
public final class BenchRatios {
    private BenchRatios() {
    }

    public static void main(String[] args) throws Exception {
        String loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, RunResult> byLabel = new LinkedHashMap<>();
        for (RunResult r : results) {
            scores.put(r.getParams().getBenchmark() + label(r.getParams()), r.getPrimaryResult().getScore());
            byLabel.put(r.getParams().getBenchmark() + label(r.getParams()), r);
        }
        StringBuilder out = new StringBuilder("\nRatios against the baselines (load average before: ")
                .append(loadBefore).append(", after: ").append(loadAverage()).append(")\n");
        for (Map.Entry<String, RunResult> e : byLabel.entrySet()) {
            BenchmarkParams p = e.getValue().getParams();
            String fqn = p.getBenchmark();
            String className = fqn.substring(0, fqn.lastIndexOf('.'));
            String method = fqn.substring(fqn.lastIndexOf('.') + 1);
            String label = method + label(p);
            double score = e.getValue().getPrimaryResult().getScore();
            String unit = e.getValue().getPrimaryResult().getScoreUnit();
            out.append(String.format("  %-60s %10.3f %-6s", className.substring(className.lastIndexOf('.') + 1) + "." + label, score, unit));
            String baseline = baselineOf(className, method);
            if (baseline != null) {
                Double base = scores.get(className + "." + baseline + label(p));
                if (base == null) {
                    base = scores.get(className + "." + baseline);
                }
                if (base != null) {
                    out.append(String.format("  %.2f× %s", score / base, baseline));
                }
            }
            Double recorded = recorded(className, label);
            if (recorded != null) {
                out.append(String.format("  %.2f× recorded before (%.3f)", score / recorded, recorded));
            }
            out.append('\n');
        }
        System.out.print(out);
    }

    private static String label(BenchmarkParams p) {
        Map<String, String> sorted = new TreeMap<>();
        for (String k : p.getParamsKeys()) {
            sorted.put(k, p.getParam(k));
        }
        if (sorted.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("[");
        sorted.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(k).append('=').append(v));
        return b.append(']').toString();
    }

    private static String baselineOf(String className, String method) throws ClassNotFoundException {
        for (Method m : Class.forName(className).getMethods()) {
            if (m.getName().equals(method) && m.isAnnotationPresent(RatioTo.class)) {
                return m.getAnnotation(RatioTo.class).value();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Double recorded(String className, String label) {
        try {
            Field f = Class.forName(className).getDeclaredField("RECORDED");
            f.setAccessible(true);
            return ((Map<String, Double>) f.get(null)).get(label);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
