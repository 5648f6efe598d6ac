package uk.beacon.reports.dashboard;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.beacon.reports.chart.ProcessLimits;
import uk.beacon.reports.chart.SpecialCauseMark;
import uk.beacon.reports.chart.TrendPoint;
import uk.beacon.reports.format.FigureFormat;
import uk.beacon.reports.format.NoteFormat;
import uk.beacon.reports.format.NoteLine;
import uk.beacon.reports.format.ReportException;
import uk.beacon.reports.format.RestrictedNote;

/**
 * Adapts the dashboard records to Jasper data sources.
 *
 * <p>Why maps: Jasper's bean data source reads JavaBean getters ({@code getLabel()}) through
 * commons-beanutils, which does not see record accessors ({@code label()}). Copying each record
 * into a {@code Map} for {@link JRMapCollectionDataSource} keeps the records plain, makes the
 * JRXML field names explicit here, and lets us hand the template pre-formatted strings.
 */
public final class DashboardDataSources {

    private DashboardDataSources() {
    }

    /** One map per indicator row; keys match the main dataset's fields in the template. */
    public static JRMapCollectionDataSource indicatorRows(List<IndicatorRow> rows) {
        List<Map<String, ?>> records = new ArrayList<>(rows.size());
        for (IndicatorRow row : rows) {
            Map<String, Object> record = new HashMap<>();
            String unit = row.unit();
            record.put("label", orDash(row.label()));
            record.put("unit", unit == null ? "" : unit);
            record.put("value", FigureFormat.authorityFigure(row.value(), unit, row.status()));
            record.put("previous", FigureFormat.figure(row.previous(), unit));
            record.put("england", FigureFormat.figure(row.england(), unit));
            record.put("region", FigureFormat.figure(row.region(), unit));
            record.put("neighbours", FigureFormat.figure(row.neighboursMedian(), unit));
            record.put("direction", DirectionOfTravel.text(row));
            record.put("judgement", DirectionOfTravel.judgement(row).name());
            record.put("suppressed", row.value() == null && row.status() != null && !row.status().isBlank());
            records.add(record);
        }
        return new JRMapCollectionDataSource(records);
    }

    /**
     * One map per note for the notes subreport (authority-dashboard-notes.jrxml), in the order
     * given (the caller sorts, most recent first). Only the notes passed in are printed: the
     * report never adds or filters notes.
     */
    public static JRMapCollectionDataSource notes(List<NoteLine> notes) {
        List<Map<String, ?>> records = new ArrayList<>(notes.size());
        for (NoteLine note : notes) {
            records.add(noteRecord(NoteFormat.headlineMarkup(note), note));
        }
        return new JRMapCollectionDataSource(records);
    }

    /**
     * The named recipients' restricted notes for the same subreport: each first line starts with
     * the authority the note is about, in bold.
     */
    public static JRMapCollectionDataSource restrictedNotes(List<RestrictedNote> notes) {
        List<Map<String, ?>> records = new ArrayList<>(notes.size());
        for (RestrictedNote n : notes) {
            records.add(noteRecord("<style isBold=\"true\">" + NoteFormat.escape(n.authority()) + "</style>" + NoteFormat.SEPARATOR
                    + NoteFormat.headlineMarkup(n.note()), n.note()));
        }
        return new JRMapCollectionDataSource(records);
    }

    /** One record of the notes subreport: its first line (styled markup), the summary, and which bar it gets. */
    private static Map<String, ?> noteRecord(String headline, NoteLine note) {
        Map<String, Object> record = new HashMap<>();
        record.put("headline", headline);
        record.put("summary", note.summary() == null ? "" : note.summary().strip());
        record.put("reassurance", NoteFormat.isReassurance(note.signal()));
        return record;
    }

    /**
     * One map per month for the "Trend" subdataset, in date order: the three lines, the SPC
     * centre line and limits (the same on every month; null without limits, and the lower limit
     * null when it is not drawn, see {@link TrendFormat#drawsLowerLimit}), and the special-cause
     * markers (the authority's value in the series of its meaning, null in the others).
     *
     * @throws ReportException when a period is not "YYYY-MM", a month repeats, or the points
     *                         belong to more than one indicator (the chart shows one)
     */
    public static JRMapCollectionDataSource trend(List<TrendPoint> points, ProcessLimits limits) throws ReportException {
        return new JRMapCollectionDataSource(trendRecords(points, limits));
    }

    static List<Map<String, ?>> trendRecords(List<TrendPoint> points, ProcessLimits limits) throws ReportException {
        Set<String> codes = new LinkedHashSet<>();
        points.stream().map(TrendPoint::indicatorCode).filter(Objects::nonNull).forEach(codes::add);
        if (codes.size() > 1) {
            throw new ReportException("Trend must be for one indicator, got points for " + codes);
        }
        List<TrendPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(TrendPoint::period, Comparator.nullsFirst(Comparator.naturalOrder())));
        boolean lowerDrawn = TrendFormat.drawsLowerLimit(limits, points);
        List<Map<String, ?>> records = new ArrayList<>(sorted.size());
        Set<YearMonth> seen = new LinkedHashSet<>();
        for (TrendPoint point : sorted) {
            YearMonth month = parseMonth(point.period());
            if (!seen.add(month)) {
                throw new ReportException("Trend has two points for " + month);
            }
            Map<String, Object> record = new HashMap<>();
            record.put("month", midMonthUtc(month));
            record.put("authority", point.value());
            record.put("england", point.england());
            record.put("region", point.region());
            record.put("centre", limits == null ? null : limits.centre());
            record.put("upperLimit", limits == null ? null : limits.upper());
            record.put("lowerLimit", lowerDrawn ? limits.lower() : null);
            SpecialCauseMark mark = point.value() == null ? null : point.specialCause();
            record.put("concern", mark == SpecialCauseMark.CONCERN ? point.value() : null);
            record.put("improvement", mark == SpecialCauseMark.IMPROVEMENT ? point.value() : null);
            record.put("neutralChange", mark == SpecialCauseMark.NEUTRAL_CHANGE ? point.value() : null);
            records.add(record);
        }
        return records;
    }

    /** "November 2024 to October 2026" for the chart's subtitle, or "" when there are no points. */
    public static String trendRange(List<TrendPoint> points) throws ReportException {
        YearMonth first = null;
        YearMonth last = null;
        for (TrendPoint point : points) {
            YearMonth month = parseMonth(point.period());
            first = first == null || month.isBefore(first) ? month : first;
            last = last == null || month.isAfter(last) ? month : last;
        }
        if (first == null) {
            return "";
        }
        return first.equals(last) ? monthLabel(first) : monthLabel(first) + " to " + monthLabel(last);
    }

    static YearMonth parseMonth(String period) throws ReportException {
        try {
            return YearMonth.parse(Objects.requireNonNull(period, "period"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ReportException("Trend period must be YYYY-MM, got " + period, e);
        }
    }

    private static String monthLabel(YearMonth month) {
        return month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
    }

    /**
     * Noon UTC on the 15th: Jasper turns the date into a JFreeChart {@code Month} in the
     * report time zone, and mid-month lands in the right month whatever that zone is.
     */
    private static Date midMonthUtc(YearMonth month) {
        return Date.from(LocalDateTime.of(month.getYear(), month.getMonth(), 15, 12, 0).toInstant(ZoneOffset.UTC));
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? FigureFormat.NO_FIGURE : text;
    }
}
