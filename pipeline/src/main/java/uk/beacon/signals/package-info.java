/**
 * The statistical kernels of the early-warning engine: pure functions of a series or a peer
 * group, with no database and no Spring, so every rule can be tested on hand-computed numbers.
 *
 * <ul>
 *   <li>{@link uk.beacon.signals.XmrChart}: an authority's own history, NHS England's "Making
 *       Data Count" XmR chart and its four special-cause rules;</li>
 *   <li>{@link uk.beacon.signals.RunChart}: the same question for series too short for XmR
 *       limits (the IHI run-chart rules around the median);</li>
 *   <li>{@link uk.beacon.signals.FunnelPlot}: one period across a peer group (Spiegelhalter's
 *       funnel plot, with his additive over-dispersion adjustment).</li>
 * </ul>
 *
 * The methods, and every choice where the sources allow more than one reading, are written up in
 * docs/signals-methods.md.
 */
package uk.beacon.signals;
