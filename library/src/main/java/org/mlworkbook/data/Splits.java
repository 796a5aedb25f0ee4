package org.mlworkbook.data;

import java.util.ArrayList;
import java.util.List;
import org.mlworkbook.math.Rng;

/**
 * Random train/test and train/validation/test splits. The rows are shuffled with a seeded permutation, then the
 * first round(f·n) rows go to the test part (then validation), the rest to train, so no row lands in two parts.
 *
 * <p>Stratified: the same cut is made within each class, so every part keeps the class proportions: class k
 * with cₖ rows gives round(f·cₖ) test rows (at most the rows left), and the test part has exactly Σₖ round(f·cₖ)
 * rows. Use it for small or unbalanced data sets, where a plain random cut can leave a class out of the test set.
 * Rows within each part keep the shuffled order. {@code Math.round} rounds halves up.
 *
 * @see "notebooks/02-learning-and-data.ipynb"
 */
public final class Splits {

    private Splits() {
    }

    /**
     * A train/test split: round(testFraction·n) rows (per class if stratified) go to test, the rest to train.
     *
     * @param data         the data set. Not modified.
     * @param testFraction the share of rows for testing, in (0, 1)
     * @param seed         the seed of the shuffle
     * @param stratified   cut within each class (classification only)
     * @return the two parts
     * @throws IllegalArgumentException if testFraction is outside (0, 1), a part would be empty, or stratified is
     *                                  asked for regression targets
     */
    public static Split trainTest(Dataset data, double testFraction, long seed, boolean stratified) {
        int[][] parts = partition("trainTest", data, new double[] {testFraction}, new String[] {"testFraction"},
                seed, stratified);
        return new Split(data.rows(parts[1]), data.rows(parts[0]));
    }

    /**
     * A train/validation/test split: round(testFraction·n) rows go to test, the next round(validationFraction·n)
     * to validation, the rest to train (per class if stratified).
     *
     * @param data               the data set. Not modified.
     * @param validationFraction the share of rows for validation, in (0, 1)
     * @param testFraction       the share of rows for testing, in (0, 1), with the two shares summing to less than 1
     * @param seed               the seed of the shuffle
     * @param stratified         cut within each class (classification only)
     * @return the three parts
     * @throws IllegalArgumentException if a fraction is outside (0, 1), they sum to 1 or more, a part would be
     *                                  empty, or stratified is asked for regression targets
     */
    public static ThreeWaySplit trainValidationTest(Dataset data, double validationFraction, double testFraction,
                                                    long seed, boolean stratified) {
        int[][] parts = partition("trainValidationTest", data, new double[] {testFraction, validationFraction},
                new String[] {"testFraction", "validationFraction"}, seed, stratified);
        return new ThreeWaySplit(data.rows(parts[2]), data.rows(parts[1]), data.rows(parts[0]));
    }

    /**
     * Shuffles the rows, then cuts each group (the whole set, or each class) into parts: part p gets the next
     * min(round(fractions[p]·m), rows left) rows of a group of m rows; the last part gets the rest.
     *
     * @return fractions.length + 1 index arrays, each in shuffled order
     */
    private static int[][] partition(String method, Dataset data, double[] fractions, String[] names, long seed,
                                     boolean stratified) {
        double sum = 0;
        for (int p = 0; p < fractions.length; p++) {
            if (!(fractions[p] > 0 && fractions[p] < 1)) {
                throw new IllegalArgumentException(String.format("%s: %s expected in (0, 1), got %s",
                        method, names[p], fractions[p]));
            }
            sum += fractions[p];
        }
        if (sum >= 1) {
            throw new IllegalArgumentException(String.format("%s: %s expected a sum < 1, got %s",
                    method, String.join(" + ", names), sum));
        }
        if (stratified && !data.isClassification()) {
            throw new IllegalArgumentException(method + ": stratified expected a classification data set, got "
                    + "regression targets");
        }
        int[] order = new Rng(seed).permutation(data.size());
        List<List<Integer>> parts = new ArrayList<>();
        for (int p = 0; p <= fractions.length; p++) {
            parts.add(new ArrayList<>());
        }
        for (List<Integer> group : groups(data, order, stratified)) {
            int from = 0;
            for (int p = 0; p < fractions.length; p++) {
                int count = (int) Math.min(Math.round(fractions[p] * group.size()), group.size() - from);
                parts.get(p).addAll(group.subList(from, from + count));
                from += count;
            }
            parts.get(fractions.length).addAll(group.subList(from, group.size()));
        }
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        int[][] result = new int[parts.size()][];
        for (int p = 0; p < parts.size(); p++) {
            String part = p < names.length ? names[p].replace("Fraction", "") : "train";
            if (parts.get(p).isEmpty()) {
                throw new IllegalArgumentException(String.format("%s: at least one %s row expected from %d rows, got 0",
                        method, part, data.size()));
            }
            result[p] = parts.get(p).stream().sorted((a, b) -> Integer.compare(rank[a], rank[b]))
                    .mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** The shuffled rows as one group, or (stratified) one group per class, each in shuffled order. */
    private static List<List<Integer>> groups(Dataset data, int[] order, boolean stratified) {
        List<List<Integer>> groups = new ArrayList<>();
        if (!stratified) {
            List<Integer> all = new ArrayList<>();
            for (int index : order) {
                all.add(index);
            }
            groups.add(all);
            return groups;
        }
        int[] labels = data.labels();
        for (int k = 0; k < data.numClasses(); k++) {
            groups.add(new ArrayList<>());
        }
        for (int index : order) {
            groups.get(labels[index]).add(index);
        }
        return groups;
    }
}
