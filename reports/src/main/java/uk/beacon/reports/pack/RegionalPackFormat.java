package uk.beacon.reports.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import uk.beacon.reports.chart.FunnelChart;
import uk.beacon.reports.chart.FunnelView;
import uk.beacon.reports.dashboard.DashboardDataSources;
import uk.beacon.reports.format.FigureFormat;
import uk.beacon.reports.format.NoteFormat;
import uk.beacon.reports.triage.TriageFormat;

/**
 * The regional pack's sentences and Jasper data sources (maps, for the reason given in
 * {@link DashboardDataSources}). Everything a reader sees as a sentence is made here, where it
 * can be tested without rendering a PDF.
 */
public final class RegionalPackFormat {

    public static final String NO_CONCERNS = "No authority in the region is at watch level or above this month, and none has an open peer-review trigger.";
    static final String NO_FUNNEL = "No funnel plot for this indicator: %s has no denominator to set limits from. "
            + "Below, every authority's figure on one scale (up and down means nothing: it only keeps equal figures apart). "
            + "Compare each authority with its own past (right) and with its statistical neighbours on its dashboard.";

    /** Columns that fit the overview's landscape page beside the names (see regional-pack-overview.jrxml). */
    static final int MAX_OVERVIEW_COLUMNS = 18;

    private RegionalPackFormat() {
    }

    /** The overview's columns: the first {@link #MAX_OVERVIEW_COLUMNS} indicators (every one has its own page). */
    private static List<PackIndicator> overviewIndicators(RegionalPack pack) {
        return pack.indicators().subList(0, Math.min(MAX_OVERVIEW_COLUMNS, pack.indicators().size()));
    }

    /** "North Fells · October 2026 · data as of 23 November 2026 · for the Regional ADCS group". */
    public static String headerLine(RegionalPack pack) {
        return pack.regionName() + NoteFormat.SEPARATOR + pack.periodLabel() + NoteFormat.SEPARATOR + "data as of " + pack.dataAsOf()
                + (pack.audienceLabel() == null || pack.audienceLabel().isBlank() ? "" : NoteFormat.SEPARATOR + "for " + pack.audienceLabel());
    }

    /** "North Fells: regional pack, October 2026". */
    public static String coverTitle(RegionalPack pack) {
        return pack.regionName() + ": regional pack, " + pack.periodLabel();
    }

    /** What the pack holds, in one sentence, for the cover. */
    public static String contents(RegionalPack pack) {
        int n = pack.authorities().size();
        return "For the " + (pack.audienceLabel() == null || pack.audienceLabel().isBlank() ? "region" : pack.audienceLabel())
                + ": the region's " + count(n, "authority", "authorities") + " side by side (page 2), then a page for each of "
                + count(pack.indicators().size(), "indicator", "indicators") + " with every authority in England and each of the "
                + "region's over the last 24 months, then the concerns and peer-review triggers with their evidence. Authorities "
                + "are listed alphabetically and keep their number throughout: this is for comparison and mutual support, not a league table."
                + (pack.notCollected().isEmpty() ? "" : " Not collected by the region, so without a page: "
                        + String.join("; ", pack.notCollected()) + ".");
    }

    /** "Overview, October 2026: the region's authorities against England, the region, their neighbours and their own past". */
    public static String overviewTitle(RegionalPack pack) {
        String title = "Overview, " + pack.periodLabel() + ": each authority against England, the region, its neighbours and its own past";
        int left = pack.indicators().size() - MAX_OVERVIEW_COLUMNS;
        return left <= 0 ? title : title + " (first " + MAX_OVERVIEW_COLUMNS + " indicators; the other " + left
                + " have their own pages and are in the XLSX)";
    }

    /** The cover's sentence about returns: how many arrived in full, in part, not at all, late, with rows refused. */
    public static String returnsSummary(RegionalPack pack) {
        int full = 0;
        int partial = 0;
        int missing = 0;
        int late = 0;
        int refused = 0;
        int withRefusals = 0;
        for (PackReturn r : pack.returns()) {
            switch (r.state() == null ? "missing" : r.state()) {
                case "complete", "full" -> full++;
                case "partial" -> partial++;
                default -> missing++;
            }
            if (r.lateBy() != null) {
                late++;
            }
            if (r.rowsRefused() > 0) {
                refused += r.rowsRefused();
                withRefusals++;
            }
        }
        int n = pack.returns().size();
        StringBuilder s = new StringBuilder();
        s.append("Returns for ").append(pack.periodLabel()).append(": of the region's ").append(count(n, "authority", "authorities"))
                .append(", ").append(full).append(" sent a full return, ").append(partial).append(" a partial return and ")
                .append(missing).append(" none. ");
        s.append(late == 0 ? "None arrived late" : count(late, "return", "returns") + " arrived late").append("; ");
        s.append(refused == 0 ? "no rows were refused."
                : count(refused, "row was", "rows were") + " refused, from " + count(withRefusals, "authority", "authorities")
                + " (each has its rejection report).");
        return s.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * The cover's table: each authority's return, the figures flagged worse and better this month
     * (the overview's cells) and its concern level, alphabetical like everything in the pack.
     */
    public static JRMapCollectionDataSource returns(RegionalPack pack) {
        Map<String, PackAuthority> authorities = new HashMap<>();
        pack.authorities().forEach(a -> authorities.put(a.laCode(), a));
        List<Map<String, ?>> records = new ArrayList<>();
        for (PackReturn r : pack.returns()) {
            Map<String, Object> m = new HashMap<>();
            PackAuthority who = authorities.get(r.laCode());
            Integer key = who == null ? null : who.key();
            String level = who == null ? null : who.level();
            m.put("flags", flags(pack, r.laCode()));
            m.put("level", level == null ? FigureFormat.NO_FIGURE : TriageFormat.levelLabel(level));
            m.put("levelKey", level == null ? "" : TriageFormat.levelKey(level));
            m.put("authority", (key == null ? "" : key + "  ") + r.laName() + " (" + r.laCode() + ")");
            m.put("state", returnState(r));
            m.put("problem", !("complete".equals(r.state()) || "full".equals(r.state())));
            m.put("late", r.lateBy() == null ? ("missing".equals(r.state()) ? FigureFormat.NO_FIGURE : "On time")
                    : r.lateBy() == 1 ? "1 day late" : r.lateBy() + " days late");
            m.put("refused", r.rowsRefused() == 0 ? "None" : String.valueOf(r.rowsRefused()));
            records.add(m);
        }
        return new JRMapCollectionDataSource(records);
    }

    /** "3 worse (1 strong), 1 better, 1 changed": the authority's cells this month; "None" when nothing is flagged. */
    static String flags(RegionalPack pack, String laCode) {
        int worse = 0;
        int strong = 0;
        int better = 0;
        int changed = 0;
        for (PackIndicator i : pack.indicators()) {
            for (PackCell c : i.cells()) {
                if (laCode.equals(c.laCode())) {
                    worse += c.signal() == PackSignal.STRONG_CONCERN || c.signal() == PackSignal.CONCERN ? 1 : 0;
                    strong += c.signal() == PackSignal.STRONG_CONCERN ? 1 : 0;
                    better += c.signal() == PackSignal.IMPROVEMENT ? 1 : 0;
                    changed += c.signal() == PackSignal.CHANGE ? 1 : 0;
                }
            }
        }
        if (worse == 0 && better == 0 && changed == 0) {
            return "None";
        }
        List<String> parts = new ArrayList<>();
        if (worse > 0) {
            parts.add(worse + " worse" + (strong > 0 ? " (" + strong + " strong)" : ""));
        }
        if (better > 0) {
            parts.add(better + " better");
        }
        if (changed > 0) {
            parts.add(changed + " changed");
        }
        return String.join(", ", parts);
    }

    static String returnState(PackReturn r) {
        return switch (r.state() == null ? "missing" : r.state()) {
            case "complete", "full" -> "In full (" + r.received() + " of " + r.expected() + " indicators)";
            case "partial" -> "Partial: " + r.received() + " of " + r.expected() + " indicators";
            default -> "Not received";
        };
    }

    /** The overview's column headings, one per indicator. */
    public static List<Map<String, ?>> overviewHeadings(RegionalPack pack) {
        List<Map<String, ?>> out = new ArrayList<>();
        for (PackIndicator i : overviewIndicators(pack)) {
            Map<String, Object> m = new HashMap<>();
            m.put("label", i.shortLabel() == null || i.shortLabel().isBlank() ? i.label() : i.shortLabel());
            m.put("unit", i.unit() == null ? "" : i.unit());
            out.add(m);
        }
        return out;
    }

    /** The overview's rows: one per authority (alphabetical), its cells in indicator order; then England and the region. */
    public static JRMapCollectionDataSource overviewRows(RegionalPack pack) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int a = 0; a < pack.authorities().size(); a++) {
            PackAuthority who = pack.authorities().get(a);
            List<Map<String, ?>> cells = new ArrayList<>();
            for (PackIndicator i : overviewIndicators(pack)) {
                PackCell c = a < i.cells().size() ? i.cells().get(a) : null;
                cells.add(cell(c, i.unit()));
            }
            rows.add(row(who.key() + "  " + who.laName(), cells, false));
        }
        for (boolean england : new boolean[] {false, true}) {
            List<Map<String, ?>> cells = new ArrayList<>();
            for (PackIndicator i : overviewIndicators(pack)) {
                Double v = england ? i.england() : i.region();
                cells.add(cell(new PackCell(null, v, null, PackSignal.NONE, "", List.of()), i.unit()));
            }
            rows.add(row(england ? "England" : pack.regionName() + " (region)", cells, true));
        }
        return new JRMapCollectionDataSource(rows);
    }

    private static Map<String, ?> row(String name, List<Map<String, ?>> cells, boolean comparator) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("cells", cells);
        m.put("comparator", comparator);
        return m;
    }

    /** "!! 28.3": the signal's marker before the figure, so the cell reads without its colour. */
    static Map<String, ?> cell(PackCell c, String unit) {
        Map<String, Object> m = new HashMap<>();
        PackSignal signal = c == null ? PackSignal.NONE : c.signal();
        String figure = c == null ? FigureFormat.NO_FIGURE
                : c.value() == null ? (c.status() == null || c.status().isBlank() ? FigureFormat.NO_FIGURE : c.status().strip())
                : FigureFormat.figure(c.value(), unit);
        m.put("text", signal.marker().isEmpty() ? figure : signal.marker() + " " + figure);
        m.put("signal", signal.name());
        return m;
    }

    /**
     * The overview's one-line key, as Jasper styled text: each marker on its cell's fill, then a
     * few words ("Key: !! worse, strongly · ! worse · + better · ~ changed · no mark: no signal").
     */
    public static String keyLine() {
        String[] words = {"worse, strongly (outside the 99.8% funnel or its process limits)", "worse", "better",
                "changed, neither better nor worse"};
        StringBuilder s = new StringBuilder("<style isBold=\"true\">Key:</style> ");
        PackSignal[] signals = {PackSignal.STRONG_CONCERN, PackSignal.CONCERN, PackSignal.IMPROVEMENT, PackSignal.CHANGE};
        for (int i = 0; i < signals.length; i++) {
            PackSignal p = signals[i];
            s.append("<style isBold=\"true\" backcolor=\"").append(p.fill()).append("\" forecolor=\"").append(p.textColour())
                    .append("\">\u00A0").append(NoteFormat.escape(p.marker())).append("\u00A0</style> ").append(NoteFormat.escape(words[i]))
                    .append(NoteFormat.SEPARATOR);
        }
        return s.append("no mark: no signal. The full key is after the table.").toString();
    }

    /** The overview's key: one line per signal, in the cell's own colours. */
    public static List<Map<String, ?>> legend() {
        List<Map<String, ?>> out = new ArrayList<>();
        for (PackSignal s : PackSignal.values()) {
            Map<String, Object> m = new HashMap<>();
            m.put("sample", s.marker().isEmpty() ? "12.3" : s.marker() + " 12.3");
            m.put("signal", s.name());
            m.put("meaning", s.meaning());
            out.add(m);
        }
        return out;
    }

    /** One record per indicator page. */
    public static JRMapCollectionDataSource indicatorPages(RegionalPack pack) {
        List<Map<String, ?>> pages = new ArrayList<>();
        for (PackIndicator i : pack.indicators()) {
            Map<String, Object> m = new HashMap<>();
            m.put("title", i.label() + (i.unit() == null || i.unit().isBlank() ? "" : " (" + i.unit() + ")"));
            m.put("polarity", polarity(i.polarity()));
            m.put("definition", i.definition() == null ? "" : capitalise(i.definition().strip()) + ".");
            m.put("keyFigures", keyFigures(pack, i));
            m.put("funnel", i.funnel() == null || i.funnel().dots().isEmpty() ? null : FunnelChart.renderable(i.funnel(), axisUnit(i)));
            m.put("funnelTitle", i.funnel() == null ? "" : "Funnel plot: " + i.funnel().peerGroupLabel() + ", " + pack.periodLabel());
            m.put("funnelCaption", i.funnel() == null ? "" : funnelCaption(i.funnel()));
            boolean noFunnel = i.funnel() == null || i.funnel().dots().isEmpty();
            m.put("noFunnel", noFunnel ? String.format(NO_FUNNEL, measureName(i.measure())) : null);
            m.put("strip", noFunnel && !i.spread().isEmpty() ? new StripChart(i.spread(), i.england(), axisUnit(i)) : null);
            m.put("stripTitle", "Every authority's figure, " + pack.periodLabel() + " (" + i.spread().size() + " authorities)");
            m.put("multiples", new SmallMultiplesChart(pack.authorities(), i.cells(), i.unit()));
            m.put("multiplesTitle", "Each authority's last 24 months (" + axisUnit(i) + ")");
            m.put("multiplesCaption", "One panel per authority, all on one scale; blue: the authority, dashed: England. The last point "
                    + "shows this month's signal as in the overview: diamond worse (larger: outside the 99.8% or process limits), "
                    + "square better, grey circle changed, blue circle no signal.");
            pages.add(m);
        }
        return new JRMapCollectionDataSource(pages);
    }

    /** "England 21.9% · North Fells 23.0% · of the region's 10 authorities, 2 outside the 99.8% limits (worse) and 1 between 95% and 99.8%". */
    static String keyFigures(RegionalPack pack, PackIndicator i) {
        List<String> parts = new ArrayList<>();
        parts.add("England " + FigureFormat.figure(i.england(), i.unit()));
        parts.add(pack.regionName() + " " + FigureFormat.figure(i.region(), i.unit()));
        if (i.funnel() != null && !i.funnel().dots().isEmpty()) {
            int outer = 0;
            int outerWorse = 0;
            int inner = 0;
            int innerWorse = 0;
            int shown = 0;
            for (FunnelView.FunnelDot d : i.funnel().dots()) {
                if (d.key() == 0) {
                    continue;
                }
                shown++;
                if ("outer".equals(d.band())) {
                    outer++;
                    outerWorse += d.concern() ? 1 : 0;
                } else if ("inner".equals(d.band())) {
                    inner++;
                    innerWorse += d.concern() ? 1 : 0;
                }
            }
            String s = "of the region's " + count(shown, "authority", "authorities") + " on the plot, " + outer + " outside the 99.8% limits";
            if (outer > 0 && !"neutral".equals(i.polarity())) {
                s += " (" + outerWorse + " worse)";
            }
            s += " and " + inner + " between the 95% and 99.8% limits";
            if (inner > 0 && !"neutral".equals(i.polarity())) {
                s += " (" + innerWorse + " worse)";
            }
            parts.add(s);
        }
        return String.join(NoteFormat.SEPARATOR, parts);
    }

    static String funnelCaption(FunnelView f) {
        return "Each point is an authority: its figure against the number it is out of. The funnel narrows as that number grows, "
                + "because small numbers vary more by chance. Outside the 95% limits, about 1 authority in 40 on each side would be "
                + "expected by chance alone; outside the 99.8% limits, 1 in 1,000."
                + (f.overdispersed() ? " The limits are widened because authorities differ more than chance alone explains "
                + "(over-dispersion; Spiegelhalter 2005)." : "");
    }

    static String polarity(String polarity) {
        return switch (polarity == null ? "" : polarity) {
            case "high" -> "Higher is better";
            case "low" -> "Lower is better";
            default -> "Neither direction is better";
        };
    }

    private static String measureName(String measure) {
        return switch (measure == null ? "" : measure) {
            case "average" -> "an average";
            case "count" -> "a count";
            case "percent" -> "a percentage sent without the counts behind it";
            default -> "this measure";
        };
    }

    private static String axisUnit(PackIndicator i) {
        return i.unit() == null || i.unit().isBlank() ? i.label() : i.unit();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The shared-concern groups page, as styled markup: a heading, one sentence on what a group is,
     * then each group; empty when no group has a member in the region (the page is then left out).
     */
    public static String learningGroups(RegionalPack pack) {
        if (pack.learningGroups().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(NoteFormat.escape("Authorities whose concerns rest on the same indicator, proposed to work "
                + "together as a group of three or four with a partner of noted strength on it (a stable, good record over its last "
                + "figures, sound data, no trigger of its own). A proposal to discuss, not a finding; docs/support.md says how they are formed."));
        for (String line : pack.learningGroups()) {
            b.append("\n\n").append(NoteFormat.escape(line));
        }
        return b.toString();
    }

    /** "3 authorities in the region are at watch level or above, or have an open trigger." */
    public static String concernsIntro(RegionalPack pack) {
        int n = pack.concerns().size();
        if (n == 0) {
            return NO_CONCERNS;
        }
        return (n == 1 ? "1 authority in the region is" : n + " authorities in the region are")
                + " at watch level or above this month, or " + (n == 1 ? "has" : "have")
                + " an open peer-review trigger; most serious first, each with the evidence behind it, heaviest first.";
    }
}
