package uk.beacon.signals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/** Builds monthly test series from bare values, starting at 2024-01. */
final class Series {

    /** Twelve points alternating 9 and 11: mean 10, every moving range 2, so mR̄ = 2, no rule fires. */
    static final double[] STEADY_BASELINE = {9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11};

    private Series() {
    }

    static List<SeriesPoint> of(double... values) {
        List<SeriesPoint> points = new ArrayList<>(values.length);
        YearMonth month = YearMonth.of(2024, 1);
        for (double v : values) {
            points.add(new SeriesPoint(month.toString(), v));
            month = month.plusMonths(1);
        }
        return points;
    }

    /** The steady baseline followed by these points. */
    static List<SeriesPoint> afterSteadyBaseline(double... values) {
        return of(DoubleStream.concat(DoubleStream.of(STEADY_BASELINE), DoubleStream.of(values)).toArray());
    }
}
