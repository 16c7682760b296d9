/**
 * Which auction sits at a point of the frontier (MATH §3, the "mechanism recogniser").
 *
 * <ul>
 *   <li>{@link org.paretomech.mechanism.description.AuctionRecogniser}: describes an oracle
 *       solution from its ironed classes, or any certified interim mechanism (e.g. from the LP)
 *       from its allocation, grouping runs of equal {@code x_j} within a stated tolerance and
 *       comparing with the efficient allocation above the reserve;</li>
 *   <li>{@link org.paretomech.mechanism.description.AuctionDescription}: the immutable answer —
 *       kind (second-price with reserve, pooled / indirect Vickrey, free lottery, no sale), reserve,
 *       pooled bid intervals, payment side — with a one-sentence
 *       {@link org.paretomech.mechanism.description.AuctionDescription#text() text()} such as
 *       {@code "second-price auction, reserve 0.5, bids in [0.5, 0.62] pooled"};</li>
 *   <li>{@link org.paretomech.mechanism.description.PaymentSide}: revenue-side (highest IC
 *       payments), buyer-side (lowest) or intermediate payments;</li>
 *   <li>{@link org.paretomech.mechanism.description.PooledInterval}: one pooled bid interval;</li>
 *   <li>{@link org.paretomech.mechanism.description.RecognitionTolerance}: how closely numbers are
 *       compared.</li>
 * </ul>
 *
 * <p>Numbers are compared under a {@link org.paretomech.mechanism.description.RecognitionTolerance}:
 * relative {@code 1e-9} for mechanisms computed to rounding, plus the certificate's absolute
 * {@code 1e-8} for LP solutions.
 */
package org.paretomech.mechanism.description;
