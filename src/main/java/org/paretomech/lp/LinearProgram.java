package org.paretomech.lp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable linear program in the form
 * {@code maximise c·z  subject to  rowLower <= A z <= rowUpper,  lower <= z <= upper},
 * with named variables and sparse rows. Infinite bounds are {@code ±Double.POSITIVE_INFINITY}.
 * Built with {@link Builder}, the only mutable piece.
 */
public final class LinearProgram {

    /** A sparse constraint row {@code lower <= Σ coefficients[i] z[indices[i]] <= upper}. */
    public record Row(String name, int[] indices, double[] coefficients, double lower, double upper) {
        public Row {
            Objects.requireNonNull(name);
            if (indices.length != coefficients.length) {
                throw new IllegalArgumentException("row " + name + ": indices and coefficients differ in length");
            }
            indices = indices.clone();
            coefficients = coefficients.clone();
        }

        @Override
        public int[] indices() {
            return indices.clone();
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        /** Number of non-zeros. */
        public int size() {
            return indices.length;
        }

        /** Index of the {@code i}-th non-zero. */
        public int index(int i) {
            return indices[i];
        }

        /** Coefficient of the {@code i}-th non-zero. */
        public double coefficient(int i) {
            return coefficients[i];
        }

        /** {@code Σ a_i z_i}. */
        public double activity(double[] z) {
            double s = 0;
            for (int i = 0; i < indices.length; i++) {
                s += coefficients[i] * z[indices[i]];
            }
            return s;
        }
    }

    private final String name;
    private final String[] variableNames;
    private final double[] objective;
    private final double[] lower;
    private final double[] upper;
    private final List<Row> rows;

    private LinearProgram(Builder b) {
        this.name = b.name;
        this.variableNames = b.names.toArray(String[]::new);
        int m = variableNames.length;
        this.objective = new double[m];
        this.lower = new double[m];
        this.upper = new double[m];
        for (int i = 0; i < m; i++) {
            objective[i] = b.objective.get(i);
            lower[i] = b.lower.get(i);
            upper[i] = b.upper.get(i);
        }
        this.rows = List.copyOf(b.rows);
    }

    /** Model name. */
    public String name() {
        return name;
    }

    /** Number of variables. */
    public int variableCount() {
        return variableNames.length;
    }

    /** Name of variable {@code i}. */
    public String variableName(int i) {
        return variableNames[i];
    }

    /** Objective coefficient of variable {@code i} (the sense is always maximisation). */
    public double objective(int i) {
        return objective[i];
    }

    /** Lower bound of variable {@code i}. */
    public double lower(int i) {
        return lower[i];
    }

    /** Upper bound of variable {@code i}. */
    public double upper(int i) {
        return upper[i];
    }

    /** Constraint rows in insertion order. */
    public List<Row> rows() {
        return rows;
    }

    /** Objective value {@code c·z}. */
    public double objectiveValue(double[] z) {
        double s = 0;
        for (int i = 0; i < objective.length; i++) {
            s += objective[i] * z[i];
        }
        return s;
    }

    /** Number of non-zeros in the constraint matrix. */
    public long nonZeros() {
        return rows.stream().mapToLong(Row::size).sum();
    }

    @Override
    public String toString() {
        return "LinearProgram[" + name + ": " + variableCount() + " variables, " + rows.size() + " rows, "
                + nonZeros() + " non-zeros]";
    }

    /** Mutable builder for a {@link LinearProgram}. */
    public static final class Builder {
        private final String name;
        private final List<String> names = new ArrayList<>();
        private final List<Double> objective = new ArrayList<>();
        private final List<Double> lower = new ArrayList<>();
        private final List<Double> upper = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final java.util.Set<String> rowNames = new java.util.HashSet<>();

        /** A builder for a model called {@code name}. */
        public Builder(String name) {
            this.name = Objects.requireNonNull(name);
        }

        /** Adds a variable and returns its index. */
        public int addVariable(String variableName, double lowerBound, double upperBound, double objectiveCoefficient) {
            if (!(lowerBound <= upperBound)) {
                throw new IllegalArgumentException("variable " + variableName + ": lower " + lowerBound + " > upper " + upperBound);
            }
            names.add(variableName);
            lower.add(lowerBound);
            upper.add(upperBound);
            objective.add(objectiveCoefficient);
            return names.size() - 1;
        }

        /** Adds the row {@code lo <= Σ coefficients[i] z[indices[i]] <= hi}. */
        public Builder addRow(String rowName, int[] indices, double[] coefficients, double lo, double hi) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int i : indices) {
                if (i < 0 || i >= names.size()) {
                    throw new IllegalArgumentException("row " + rowName + " refers to unknown variable " + i);
                }
                if (!seen.add(i)) {
                    // Backends keep one coefficient per (row, variable); a repeat would be silently lost.
                    throw new IllegalArgumentException("row " + rowName + " names variable " + names.get(i)
                            + " twice; add the coefficients into one entry");
                }
            }
            if (!rowNames.add(rowName)) {
                throw new IllegalArgumentException("row name " + rowName + " is used twice; row names must be unique");
            }
            rows.add(new Row(rowName, indices, coefficients, lo, hi));
            return this;
        }

        /** The immutable program. */
        public LinearProgram build() {
            return new LinearProgram(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearProgram p && name.equals(p.name) && Arrays.equals(variableNames, p.variableNames)
                && Arrays.equals(objective, p.objective) && Arrays.equals(lower, p.lower)
                && Arrays.equals(upper, p.upper) && rowsEqual(rows, p.rows);
    }

    private static boolean rowsEqual(List<Row> a, List<Row> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Row x = a.get(i);
            Row y = b.get(i);
            if (!x.name().equals(y.name()) || !Arrays.equals(x.indices, y.indices)
                    || !Arrays.equals(x.coefficients, y.coefficients) || x.lower() != y.lower() || x.upper() != y.upper()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(variableNames), Arrays.hashCode(objective));
    }
}
