package uk.beacon.triggers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures early warning against inspection judgements (core.inspections), on history replayed
 * month by month, each month as of itself. For every judgement: was the authority flagged in
 * the {@code window} months before the month of the inspection (not the month itself)?
 *
 * <p>Two methods side by side, from the same warehouse:
 * <ul>
 *   <li><b>Beacon</b>: the monthly concern assessment (marts.concern_assessment, each month
 *       built only from what was known by its end); flagged = level concern or serious concern
 *       in a month of the window. Scores can be re-weighted by signal family for calibration:
 *       each assessment's evidence lists every contribution and its rule, so a family's
 *       contributions are summed and multiplied (the per-indicator "strongest counts" choice is
 *       kept as the configured weights made it).</li>
 *   <li><b>Reference rule</b>: as of each month, in the last published year of each indicator
 *       with a polarity (known by the month's end), the authority is worse than England's
 *       published figure by more than {@code sd} standard deviations of all authorities'
 *       figures that year, on at least {@code minIndicators} indicators.</li>
 * </ul>
 * Measures, over a set of judgements: recall (Inadequate judgements flagged / Inadequate
 * judgements), precision (Inadequate among flagged judgements), lift (precision / the share of
 * Inadequate judgements), median lead (months from the first flagged month of the window to the
 * inspection), and triggers per region-year over the whole replay.
 */
public final class JudgementBacktest {

    /** Signal families the calibration weighs, by rule id prefix. */
    public static final List<String> FAMILIES = List.of("own history (SPC, run chart)", "funnel", "neighbours", "data",
            "notes and reviews", "other");

    public record Judgement(String laCode, String region, LocalDate inspected, LocalDate published, String outcome) {
        boolean inadequate() {
            return "Inadequate".equalsIgnoreCase(outcome);
        }

        YearMonth month() {
            return YearMonth.from(inspected);
        }
    }

    /** The measures over one set of judgements. */
    public record Measures(int judgements, int inadequate, int flagged, int caught, double medianLead, double triggersPerRegionYear) {
        public double baseRate() {
            return judgements == 0 ? Double.NaN : inadequate / (double) judgements;
        }

        public double recall() {
            return inadequate == 0 ? Double.NaN : caught / (double) inadequate;
        }

        public double precision() {
            return flagged == 0 ? Double.NaN : caught / (double) flagged;
        }

        public double lift() {
            return flagged == 0 || inadequate == 0 ? Double.NaN : precision() / baseRate();
        }

        /** Youden's J: recall minus the share of the other judgements flagged (0 for a method that tells nothing). */
        public double youden() {
            int others = judgements - inadequate;
            return (inadequate == 0 ? 0 : caught / (double) inadequate) - (others == 0 ? 0 : (flagged - caught) / (double) others);
        }
    }

    /** A calibration: a multiplier per family and the concern threshold. */
    public record Calibration(double[] multipliers, double concern) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (int f = 0; f < FAMILIES.size(); f++) {
                if (multipliers[f] != 1) {
                    b.append(FAMILIES.get(f)).append(" x").append(fmt(multipliers[f])).append(", ");
                }
            }
            return b + "concern at " + fmt(concern);
        }
    }

    private static final Pattern EVIDENCE = Pattern.compile("^\\[(-?[0-9.]+)(, not counted[^\\]]*)?\\] (\\S+)(?: (\\S+))?");

    /**
     * One assessment's contributions as its evidence lists them (counted or not): family, the
     * indicator (an index; -1 for signals without one) and the contribution under the configured
     * weights. Re-weighting a family multiplies its contributions; per indicator only the
     * strongest then counts, as the assessment itself does.
     */
    record Contributions(int[] family, int[] indicator, double[] value) {
        double score(double[] multipliers) {
            double s = 0;
            Map<Integer, Double> strongest = new HashMap<>();
            for (int i = 0; i < value.length; i++) {
                double v = value[i] * multipliers[family[i]];
                if (indicator[i] < 0) {
                    s += v;
                } else {
                    strongest.merge(indicator[i], v, Math::max);
                }
            }
            for (double v : strongest.values()) {
                s += v;
            }
            return Math.max(s, 0);
        }
    }

    private final Map<String, Integer> indicatorIds = new HashMap<>();

    private final int window;
    private int cutoffDays;
    private final List<Judgement> judgements = new ArrayList<>();
    private final Map<String, String> regionOf = new HashMap<>();
    /** Per authority and month: the assessment's contributions. */
    private final Map<String, TreeMap<YearMonth, Contributions>> beacon = new HashMap<>();
    /** Per authority: months the reference rule flags. */
    private final Map<String, Set<YearMonth>> reference = new HashMap<>();
    private final TreeSet<YearMonth> referenceMonths = new TreeSet<>();
    private final int regions;

    public JudgementBacktest(Connection c, int window, double sd, int minIndicators) throws SQLException {
        this.window = window;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select value from ref.settings where key = 'assessment.cutoff_days'")) {
            this.cutoffDays = rs.next() ? Integer.parseInt(rs.getString(1).trim()) : 0;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, region_code from core.authorities where region_code is not null")) {
            while (rs.next()) {
                regionOf.put(rs.getString(1), rs.getString(2));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, inspection_date, published_on, overall_effectiveness from core.inspections "
                        + "where overall_effectiveness is not null order by inspection_date, la_code")) {
            while (rs.next()) {
                LocalDate pub = rs.getDate(3) == null ? rs.getDate(2).toLocalDate() : rs.getDate(3).toLocalDate();
                judgements.add(new Judgement(rs.getString(1), regionOf.get(rs.getString(1)), rs.getDate(2).toLocalDate(), pub, rs.getString(4)));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select la_code, period, evidence from marts.concern_assessment where period like '____-__' order by la_code, period")) {
            while (rs.next()) {
                beacon.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(YearMonth.parse(rs.getString(2)), contributions(rs.getString(3)));
            }
        }
        this.regions = (int) regionOf.values().stream().distinct().count();
        loadReference(c, sd, minIndicators);
    }

    public List<Judgement> judgements() {
        return judgements;
    }

    public boolean hasAssessments() {
        return !beacon.isEmpty();
    }

    public YearMonth[] assessedSpan() {
        TreeSet<YearMonth> all = new TreeSet<>();
        beacon.values().forEach(m -> all.addAll(m.keySet()));
        return all.isEmpty() ? null : new YearMonth[] {all.first(), all.last()};
    }

    public YearMonth[] referenceSpan() {
        return referenceMonths.isEmpty() ? null : new YearMonth[] {referenceMonths.first(), referenceMonths.last()};
    }

    /** Parses an assessment's evidence into its contributions. */
    Contributions contributions(String evidence) {
        List<int[]> keys = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (evidence != null) {
            for (String line : evidence.split("\n")) {
                Matcher m = EVIDENCE.matcher(line);
                if (!m.find()) {
                    continue;
                }
                String rule = m.group(3);
                int ind = -1;
                if (!rule.endsWith(":") && m.group(4) != null) {
                    String code = m.group(4).endsWith(":") ? m.group(4).substring(0, m.group(4).length() - 1) : m.group(4);
                    ind = indicatorIds.computeIfAbsent(code, k -> indicatorIds.size());
                }
                rule = rule.endsWith(":") ? rule.substring(0, rule.length() - 1) : rule;
                keys.add(new int[] {family(rule), ind});
                values.add(Double.parseDouble(m.group(1)));
            }
        }
        int[] fam = new int[keys.size()];
        int[] ind = new int[keys.size()];
        double[] val = new double[keys.size()];
        for (int i = 0; i < val.length; i++) {
            fam[i] = keys.get(i)[0];
            ind[i] = keys.get(i)[1];
            val[i] = values.get(i);
        }
        return new Contributions(fam, ind, val);
    }

    /** Sums an assessment's counted contributions by family. */
    static double[] families(String evidence) {
        double[] out = new double[FAMILIES.size()];
        if (evidence == null) {
            return out;
        }
        for (String line : evidence.split("\n")) {
            Matcher m = EVIDENCE.matcher(line);
            if (m.find() && m.group(2) == null) {
                out[family(m.group(3))] += Double.parseDouble(m.group(1));
            }
        }
        return out;
    }

    static int family(String ruleId) {
        String r = ruleId.toUpperCase(Locale.ROOT);
        if (r.startsWith("SPC_") || r.startsWith("RUN_") || r.startsWith("XMR_") || r.startsWith("ANHOJ_")) {
            return 0;
        }
        if (r.startsWith("FUNNEL_")) {
            return 1;
        }
        if (r.startsWith("NEIGHBOUR")) {
            return 2;
        }
        if (r.startsWith("DATA_")) {
            return 3;
        }
        if (r.startsWith("NOTES_") || r.startsWith("REVIEW_")) {
            return 4;
        }
        return 5;
    }

    private void loadReference(Connection c, double sd, int minIndicators) throws SQLException {
        // Each indicator-year's authorities against England's published figure, in standard
        // deviations of the authorities' figures that year, read through the polarity; then, for
        // every month, the last year of each indicator known by the month's end.
        String sql = """
                with la as (
                    select p.area_code as la_code, p.indicator, p.period, p.known_at, p.value, i.polarity
                    from core.published_values p join ref.indicators i on i.code = p.indicator
                    where p.geographic_level = 'Local authority' and p.value is not null and p.known_at is not null
                      and i.polarity in ('low', 'high') and p.area_code in (select la_code from core.authorities)
                ),
                england as (
                    select indicator, period, value as england from core.published_values where geographic_level = 'National'
                ),
                spread as (
                    select indicator, period, stddev_samp(value) as sd, max(known_at) as known_at from la group by all
                ),
                z as (
                    select la.la_code, la.indicator, la.period, s.known_at,
                           case la.polarity when 'low' then (la.value - e.england) / s.sd else (e.england - la.value) / s.sd end as worse_by
                    from la join england e using (indicator, period) join spread s using (indicator, period)
                    where s.sd > 0
                ),
                months as (
                    select strftime(m, '%Y-%m') as month, last_day(m)::date as month_end
                    from range((select date_trunc('month', min(known_at)) from spread)::timestamp,
                               (select greatest(max(known_at), coalesce((select max(inspection_date) from core.inspections), max(known_at)))
                                from spread)::timestamp + interval 1 month, interval 1 month) t(m)
                ),
                latest as (
                    select m.month, s.indicator, max(s.period) as period
                    from months m join spread s on s.known_at <= m.month_end
                    group by all
                )
                select l.month, z.la_code, count(*) filter (where z.worse_by > ?) as worse
                from latest l join z on z.indicator = l.indicator and z.period = l.period
                group by all
                """;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDouble(1, sd);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    YearMonth m = YearMonth.parse(rs.getString(1));
                    referenceMonths.add(m);
                    if (rs.getInt(3) >= minIndicators) {
                        reference.computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(m);
                    }
                }
            }
        }
    }

    /** Judgements published in [fromYear, toYear]. */
    public List<Judgement> publishedIn(int fromYear, int toYear) {
        return judgements.stream().filter(j -> j.published().getYear() >= fromYear && j.published().getYear() <= toYear).toList();
    }

    /** Beacon's measures under a calibration. */
    public Measures beacon(List<Judgement> set, Calibration cal, Properties settings) {
        Map<String, Set<YearMonth>> flagged = new HashMap<>();
        for (Map.Entry<String, TreeMap<YearMonth, Contributions>> e : beacon.entrySet()) {
            Set<YearMonth> months = new TreeSet<>();
            e.getValue().forEach((m, f) -> {
                if (f.score(cal.multipliers()) >= cal.concern()) {
                    months.add(m);
                }
            });
            flagged.put(e.getKey(), months);
        }
        return measure(set, flagged, beaconTriggersPerRegionYear(cal, settings));
    }

    public Measures reference(List<Judgement> set) {
        double triggers = 0;
        for (Set<YearMonth> months : reference.values()) {
            YearMonth prev = null;
            for (YearMonth m : months) {
                if (prev == null || !prev.plusMonths(1).equals(m)) {
                    triggers++;
                }
                prev = m;
            }
        }
        double regionYears = regions * referenceMonths.size() / 12.0;
        return measure(set, reference, regionYears == 0 ? Double.NaN : triggers / regionYears);
    }

    static double score(double[] families, double[] multipliers) {
        double s = 0;
        for (int f = 0; f < families.length; f++) {
            s += families[f] * multipliers[f];
        }
        return Math.max(s, 0);
    }

    private double beaconTriggersPerRegionYear(Calibration cal, Properties settings) {
        TriggerTracker tracker = new TriggerTracker(Integer.parseInt(settings.getProperty("review.recent_months", "12").trim()),
                Integer.parseInt(settings.getProperty("trigger.cooldown_months", "6").trim()));
        int triggers = 0;
        TreeSet<YearMonth> months = new TreeSet<>();
        for (Map.Entry<String, TreeMap<YearMonth, Contributions>> e : beacon.entrySet()) {
            List<TriggerTracker.Month> history = new ArrayList<>();
            e.getValue().forEach((m, f) -> {
                double s = f.score(cal.multipliers());
                history.add(new TriggerTracker.Month(m, s >= cal.concern() ? "concern" : "none", s, ""));
            });
            months.addAll(e.getValue().keySet());
            triggers += tracker.track(e.getKey(), history, List.of(), Map.of()).size();
        }
        double regionYears = regions * months.size() / 12.0;
        return regionYears == 0 ? Double.NaN : triggers / regionYears;
    }

    private Measures measure(List<Judgement> set, Map<String, Set<YearMonth>> flaggedMonths, double triggersPerRegionYear) {
        int inadequate = 0;
        int flagged = 0;
        int caught = 0;
        List<Integer> leads = new ArrayList<>();
        for (Judgement j : set) {
            Integer lead = lead(flaggedMonths.getOrDefault(j.laCode(), Set.of()), j);
            if (j.inadequate()) {
                inadequate++;
            }
            if (lead != null) {
                flagged++;
                if (j.inadequate()) {
                    caught++;
                    leads.add(lead);
                }
            }
        }
        return new Measures(set.size(), inadequate, flagged, caught, median(leads), triggersPerRegionYear);
    }

    /**
     * Months from the first flagged month of the window to the inspection's month, or null. A
     * month counts only if its assessment was complete before the inspection: month M is
     * assessed as of its end plus assessment.cutoff_days, so the month just before an early-month
     * inspection may not count (no look-ahead).
     */
    private Integer lead(Set<YearMonth> flagged, Judgement j) {
        YearMonth inspected = j.month();
        for (int back = window; back >= 1; back--) {
            YearMonth m = inspected.minusMonths(back);
            if (flagged.contains(m) && m.atEndOfMonth().plusDays(cutoffDays).isBefore(j.inspected())) {
                return back;
            }
        }
        return null;
    }

    /**
     * A small grid over the family multipliers (0.5, 1, 2 for each family that has any
     * contribution; 1 elsewhere) and the concern threshold, scored on {@code fit} only. Among the
     * points that meet the goal there (recall at least 50% at a lift of 2 or more), else among
     * all, the highest Youden's J (recall minus the share of other judgements flagged); ties:
     * higher lift, then fewer judgements flagged.
     */
    /** Every point of the grid with its measures on {@code fit} (for the record of what the choice was made among). */
    public List<Map.Entry<Calibration, Measures>> gridMeasures(List<Judgement> fit, double[] thresholds) {
        List<Map.Entry<Calibration, Measures>> out = new ArrayList<>();
        for (double[] mults : grid()) {
            for (double t : thresholds) {
                Calibration cal = new Calibration(mults, t);
                out.add(Map.entry(cal, measureOnly(fit, cal)));
            }
        }
        return out;
    }

    public Calibration fit(List<Judgement> fit, Properties settings, double[] thresholds) {
        Calibration best = null;
        double[] bestKey = null;
        for (Map.Entry<Calibration, Measures> e : gridMeasures(fit, thresholds)) {
            Measures m = e.getValue();
            double recall = nz(m.recall());
            double lift = nz(m.lift());
            boolean meetsGoal = recall >= 0.5 && lift >= 2;
            double[] key = {meetsGoal ? 1 : 0, m.youden(), lift, -m.flagged()};
            if (bestKey == null || compare(key, bestKey) > 0) {
                best = e.getKey();
                bestKey = key;
            }
        }
        return best;
    }

    private List<double[]> grid() {
        boolean[] present = new boolean[FAMILIES.size()];
        for (TreeMap<YearMonth, Contributions> m : beacon.values()) {
            for (Contributions f : m.values()) {
                for (int i = 0; i < f.family().length; i++) {
                    present[f.family()[i]] |= f.value()[i] != 0;
                }
            }
        }
        List<double[]> grid = new ArrayList<>();
        grid.add(new double[FAMILIES.size()]);
        Arrays.fill(grid.get(0), 1);
        for (int f = 0; f < FAMILIES.size(); f++) {
            if (!present[f]) {
                continue;
            }
            List<double[]> next = new ArrayList<>();
            for (double[] g : grid) {
                for (double mult : new double[] {0.5, 1, 2}) {
                    double[] copy = g.clone();
                    copy[f] = mult;
                    next.add(copy);
                }
            }
            grid = next;
        }
        return grid;
    }

    private Measures measureOnly(List<Judgement> set, Calibration cal) {
        Map<String, Set<YearMonth>> flagged = new HashMap<>();
        for (Judgement j : set) {
            TreeMap<YearMonth, Contributions> months = beacon.get(j.laCode());
            if (months == null || flagged.containsKey(j.laCode())) {
                continue;
            }
            Set<YearMonth> f = new TreeSet<>();
            months.forEach((m, fam) -> {
                if (fam.score(cal.multipliers()) >= cal.concern()) {
                    f.add(m);
                }
            });
            flagged.put(j.laCode(), f);
        }
        return measure(set, flagged, Double.NaN);
    }

    private static int compare(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Integer> v = values.stream().sorted().toList();
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
    }

    /** The configured calibration: every family at 1, concern at the configured level. */
    public static Calibration configured(Properties settings) {
        double[] ones = new double[FAMILIES.size()];
        Arrays.fill(ones, 1);
        return new Calibration(ones, Double.parseDouble(settings.getProperty("assessment.level.concern", "15").trim()));
    }

    /** The settings a calibration writes: every assessment weight scaled by its family's multiplier, and the levels. */
    public static Map<String, String> settingsFor(Calibration cal, Properties current) {
        Map<String, String> out = new LinkedHashMap<>();
        double watch = Double.parseDouble(current.getProperty("assessment.level.watch", "8").trim());
        double concern = Double.parseDouble(current.getProperty("assessment.level.concern", "15").trim());
        double serious = Double.parseDouble(current.getProperty("assessment.level.serious", "25").trim());
        for (String key : new TreeSet<>(current.stringPropertyNames())) {
            if (key.startsWith("assessment.weight.")) {
                double w = Double.parseDouble(current.getProperty(key).trim());
                double mult = cal.multipliers()[family(key.substring("assessment.weight.".length()))];
                out.put(key, fmt(Math.round(w * mult * 100) / 100.0));
            }
        }
        // Watch and serious keep their ratio to concern.
        out.put("assessment.level.watch", fmt(Math.round(cal.concern() * watch / concern * 10) / 10.0));
        out.put("assessment.level.concern", fmt(cal.concern()));
        out.put("assessment.level.serious", fmt(Math.round(cal.concern() * serious / concern * 10) / 10.0));
        return out;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.UK, "%.2f", v).replaceAll("0+$", "");
    }
}
