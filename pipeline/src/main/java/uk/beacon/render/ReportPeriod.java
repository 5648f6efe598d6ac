package uk.beacon.render;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import uk.beacon.ingest.Period;
import uk.beacon.cycle.CycleParameters;

/**
 * What a cycle's reports show: the month assessed (concerns, triggers, notes) and the period of
 * the figures (tables, funnel plots, small multiples), which need not be a month.
 * <ul>
 *   <li>A run for a quarter (2026-Q2) or a reporting year (2025) shows that period's figures and
 *       the assessment of the month it ends in.</li>
 *   <li>A run for a month shows that month's figures; if the warehouse has none for it (an
 *       authority that returns quarterly, or published annual statistics only), the latest period
 *       whose figures were known by the month's assessment (its end plus assessment.cutoff_days),
 *       so a pack can be made from annual statistics alone.</li>
 * </ul>
 *
 * @param month       the month assessed
 * @param figures     the period of the figures shown (its text: 2026-10, 2026-Q2, 2025)
 * @param figuresType month, quarter or year
 * @param label       how the reports name the period: "October 2026", "2026 Q2", "2024-25", or
 *                    "2024-25, as known in October 2025" when a month shows an earlier period's figures
 */
public record ReportPeriod(YearMonth month, String figures, String figuresType, String label) {

    /** Trends show this many points of the figures' cadence. */
    public int trendPoints() {
        return switch (figuresType) {
            case "quarter" -> 12;
            case "year" -> 10;
            default -> 24;
        };
    }

    /** Months in one period of the figures' cadence. */
    public int periodMonths() {
        return switch (figuresType) {
            case "quarter" -> 3;
            case "year" -> 12;
            default -> 1;
        };
    }

    /** The last day the figures cover. */
    public LocalDate figuresEnd() {
        return Period.parse(figures).map(Period::end).orElse(month.atEndOfMonth());
    }

    /** The first day of the oldest period a trend shows (its cadence, {@link #trendPoints} periods). */
    public LocalDate trendStart() {
        return figuresEnd().plusDays(1).minusMonths((long) trendPoints() * periodMonths());
    }

    /** A monthly report of a monthly warehouse: the month's own figures. */
    public static ReportPeriod ofMonth(YearMonth month) {
        Period p = Period.month(month);
        return new ReportPeriod(month, p.text(), p.typeName(), p.label());
    }

    public static ReportPeriod resolve(Connection c, CycleParameters params) throws SQLException {
        Period named = Period.parse(params.periodName()).orElseGet(() -> Period.month(params.period()));
        if (named.type() != Period.Type.MONTH) {
            return new ReportPeriod(params.period(), named.text(), named.typeName(), named.label());
        }
        YearMonth month = params.period();
        try (PreparedStatement ps = c.prepareStatement("""
                select period from core.indicator_values
                where period_end <= ? and known_at <= ? + coalesce((select value::int from ref.settings where key = 'assessment.cutoff_days'), 28)
                group by period
                order by period = ? desc, max(period_end) desc, max(period_start) desc, count(*) desc
                limit 1""")) {
            ps.setObject(1, month.atEndOfMonth());
            ps.setObject(2, month.atEndOfMonth());
            ps.setString(3, month.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !rs.getString(1).equals(month.toString())) {
                    Period shown = Period.check(rs.getString(1));
                    return new ReportPeriod(month, shown.text(), shown.typeName(),
                            shown.label() + ", as known in " + Period.month(month).label());
                }
            }
        }
        return ofMonth(month);
    }
}
