/**
 * Parameter sweeps: an {@link org.paretomech.sweep.Experiment} file expands to a grid of
 * {@link org.paretomech.sweep.SweepPoint}s (continuous family and its parameters, grid size,
 * buyers), {@link org.paretomech.sweep.SweepRunner} traces the exact frontier of each point in
 * parallel with the ironing engine and records one {@link org.paretomech.sweep.SweepRow} per point
 * (frontier ends, {@code W*}, the three bargaining solutions with their welfare ratios, the
 * characterisation verdicts of MATH §6–§7), and {@link org.paretomech.sweep.SweepFiles} reads and
 * writes {@code rows.jsonl} / {@code rows.csv}. Sweeps are resumable: rows already present (by
 * {@link org.paretomech.sweep.SweepPoint#key()}) are not recomputed. Rows always come out in grid
 * order; the only non-deterministic field is {@code millis}, the wall-clock time of a row.
 */
package org.paretomech.sweep;
