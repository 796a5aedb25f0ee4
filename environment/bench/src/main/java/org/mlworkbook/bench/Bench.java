package org.mlworkbook.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of {@code ./workbook bench TASK…}: runs the named Java benchmarks and prints each
 * result next to its goal (and, where the task has one, the peer it is compared with).
 */
public final class Bench {
    /** Task name → benchmark, in the order {@code all} runs them. */
    private static final Map<String, Measure.Work> TASKS = new LinkedHashMap<>();

    static {
        TASKS.put("tensor", TensorBench::run);
        TASKS.put("data", DataBench::run);
        TASKS.put("metrics", MetricsBench::run);
        TASKS.put("knn", KnnBench::run);
        TASKS.put("linreg", LinregBench::run);
        TASKS.put("softmax", SoftmaxBench::run);
        TASKS.put("tree", TreeBench::run);
        TASKS.put("ensemble", EnsembleBench::run);
        TASKS.put("autodiff", AutodiffBench::run);
        TASKS.put("mlp", MlpBench::run);
        TASKS.put("lif_network", LifNetworkBench::run);
        TASKS.put("hodgkin_huxley", HodgkinHuxleyBench::run);
        TASKS.put("grade", GradeBench::run);
    }

    private Bench() {}

    /** @param args task names, or none / {@code all} for every task */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || (args.length == 1 && args[0].equals("all"))) args = TASKS.keySet().toArray(String[]::new);
        for (String name : args) {
            if (!TASKS.containsKey(name))
                throw new IllegalArgumentException("bench: task expected one of " + TASKS.keySet() + ", got '" + name + "'");
        }
        for (String name : args) {
            System.out.println("== " + name);
            TASKS.get(name).run();
        }
    }
}
