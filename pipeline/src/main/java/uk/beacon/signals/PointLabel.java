package uk.beacon.signals;

import java.util.Optional;

/**
 * A point of an XmR chart with the special cause it is labelled with: of all the causes covering
 * it, the one whose rule comes first in {@link SignalRule}'s order of precedence.
 */
public record PointLabel(ChartPoint point, boolean inBaseline, Optional<SpecialCause> label) {
}
