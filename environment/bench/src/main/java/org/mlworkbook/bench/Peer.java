package org.mlworkbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The Python peers (scikit-learn, numpy, PyTorch, Brian2 from Debian), timed in the same run as the Java side.
 * {@code environment/bench/peers/peers.py} (see its README in shared/bench) prints one JSON line per measurement;
 * this class runs a task and returns the lines' main fields. Everything needs Debian's {@code /usr/bin/python3};
 * without it, or when the script fails, the result is empty and {@link #skipReason} says why.
 *
 * @param results    one entry per model the task measured
 * @param skipReason why there are no results, or null
 */
public record Peer(List<Result> results, String skipReason) {

    /** The interpreter with Debian's scientific packages. */
    static final String PYTHON = "/usr/bin/python3";
    /** The peer script, relative to the repository root (the working directory of {@code ./workbook bench}). */
    static final Path SCRIPT = Path.of("environment/bench/peers/peers.py");

    /**
     * One measurement of a peer.
     *
     * @param peer           who ran it, e.g. "scikit-learn 1.2.1" or "brian2 2.5.1 (numpy target, runtime mode)"
     * @param model          what ran, e.g. "KNeighborsClassifier(k=5,euclidean,brute)"
     * @param fitSeconds     median fit time
     * @param predictSeconds median predict time (NaN when the task has none)
     * @param metricName     e.g. "accuracy"
     * @param metric         its value
     */
    public record Result(String peer, String model, double fitSeconds, double predictSeconds, String metricName,
                         double metric) {
    }

    private static final String READER = String.join("\n",
            "import json, subprocess, sys",
            "out = subprocess.run([sys.executable] + sys.argv[1:], capture_output=True, text=True)",
            "if out.returncode != 0: sys.exit(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else 'exit %d' % out.returncode)",
            "for line in out.stdout.splitlines():",
            "    d = json.loads(line) if line.startswith('{') else {}",
            "    if 'model' in d:",
            "        p = d.get('predict_s')",
            "        print('\\t'.join([str(d.get('peer')), d['model'], repr(d['fit_s']), repr(p if p is not None else float('nan')),",
            "                         str(d.get('metric_name')), repr(float(d.get('metric') or 'nan'))]))");

    /**
     * Runs {@code peers.py TASK --repeats N}.
     *
     * @param task    a task of peers.py, e.g. "knn_digits"
     * @param repeats timed repeats per measurement (the peers report the median)
     * @return the measurements, or none with the reason
     */
    public static Peer run(String task, int repeats) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) return skipped(PYTHON + " not found");
        if (!Files.isRegularFile(SCRIPT)) return skipped(SCRIPT.toAbsolutePath() + " not found (run from the repository root)");
        Process process = new ProcessBuilder(List.of(PYTHON, "-c", READER, SCRIPT.toString(), task, "--repeats",
                Integer.toString(repeats))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return skipped("peers.py " + task + " failed: " + output.strip().lines().reduce((a, b) -> b).orElse(""));
        }
        List<Result> results = new ArrayList<>();
        for (String line : output.strip().split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 6) {
                results.add(new Result(f[0], f[1], number(f[2]), number(f[3]), f[4], number(f[5])));
            }
        }
        return results.isEmpty() ? skipped("peers.py " + task + " printed no measurement") : new Peer(List.copyOf(results), null);
    }

    /** A number as Python's repr prints it: "nan", "inf" and "-inf" included. */
    private static double number(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static Peer skipped(String reason) {
        return new Peer(List.of(), reason);
    }

    /**
     * The first result whose peer or model name contains {@code part}.
     *
     * @throws IllegalArgumentException if none does
     */
    public Result find(String part) {
        return results.stream().filter(r -> r.peer().contains(part) || r.model().contains(part)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("find: part expected in one of "
                        + results.stream().map(r -> r.peer() + ": " + r.model()).toList() + ", got '" + part + "'"));
    }

    /** A line "RATIO what: Java t, peer t, Java/peer r, goal <= 1" with PASS when Java is at most the peer's time. */
    public static String ratio(String what, double javaSeconds, double peerSeconds) {
        double ratio = javaSeconds / peerSeconds;
        return String.format(Locale.ROOT, "%s %s: Java %s, peer %s, Java/peer %.2f, goal <= 1.00", ratio <= 1 ? "PASS" : "FAIL",
                what, Measure.human(javaSeconds), Measure.human(peerSeconds), ratio);
    }
}
