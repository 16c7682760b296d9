/**
 * Parameter sweeps: an {@link org.paretomech.sweep.Experiment} file expands to a grid of
 * {@link org.paretomech.sweep.SweepPoint}s ({@link org.paretomech.sweep.FamilyPoint}: continuous
 * family and its parameters, grid size, buyers; {@link org.paretomech.sweep.InstancePoint}: an
 * instance file with the experiment's buyers, units and transfers replacing the file's),
 * {@link org.paretomech.sweep.SweepRunner} traces the exact frontier of each point in
 * parallel with the ironing engine and records one {@link org.paretomech.sweep.SweepRow} per point
 * (frontier ends, {@code W*}, the selected bargaining solutions with their welfare ratios, the
 * characterisation verdicts of MATH §6–§7), and {@link org.paretomech.sweep.SweepFiles} reads and
 * writes {@code rows.jsonl} / {@code rows.csv}. Sweeps are resumable: rows already present (by
 * {@link org.paretomech.sweep.SweepPoint#key()}) are not recomputed. Rows always come out in grid
 * order; the only non-deterministic field is {@code millis}, the wall-clock time of a row.
 *
 * <p>Charts ({@code sweep --plot}): {@link org.paretomech.sweep.WelfareRatioPlot} draws each
 * solution's welfare ratio against {@code n}; {@link org.paretomech.sweep.FrontierOverlay} solves
 * the rows an experiment's {@code "overlay"} selects ({@link org.paretomech.sweep.OverlaySelector},
 * {@link org.paretomech.sweep.Experiment#overlayPoints()}) again for their vertices and
 * {@link org.paretomech.sweep.FrontierOverlayPlot} draws those frontiers together in units of
 * each row's {@code W*}.
 */
package org.paretomech.sweep;
