package uk.beacon.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rejections of one file, bounded: at most {@code perRule} rows are kept for each rule,
 * every further one is only counted, and {@link #result()} ends with one line per such rule
 * ("12,345 more rows like this, lines 102 to 1,230,001, are not listed one by one"). Each kept
 * rejection has its values cut to {@code maxValueCharacters}. A file of a million bad rows so
 * costs a few hundred rejection rows in memory, in the warehouse and in the reports.
 */
public final class RejectionCap {

    private final int perRule;
    private final int maxValueCharacters;
    private final List<Rejection> kept = new ArrayList<>();
    private final Map<Rule, Omitted> omitted = new EnumMap<>(Rule.class);
    private final Map<Rule, Integer> counts = new EnumMap<>(Rule.class);

    private static final class Omitted {
        long count;
        Integer firstLine;
        Integer lastLine;
        String laCode;
        String sheet;
    }

    public RejectionCap(int perRule, int maxValueCharacters) {
        this.perRule = perRule;
        this.maxValueCharacters = maxValueCharacters;
    }

    public void add(Rejection r) {
        int n = counts.merge(r.rule(), 1, Integer::sum);
        if (n <= perRule || r.rowNumber() == null) {
            kept.add(r.bounded(maxValueCharacters));
            return;
        }
        Omitted o = omitted.computeIfAbsent(r.rule(), k -> new Omitted());
        o.count++;
        if (o.firstLine == null) {
            o.firstLine = r.rowNumber();
            o.laCode = r.laCode();
            o.sheet = r.sheet();
        } else if (o.laCode != null && !o.laCode.equals(r.laCode())) {
            o.laCode = null; // several authorities: the summary line is nobody's in particular
        }
        o.lastLine = r.rowNumber();
    }

    public void addAll(List<Rejection> list) {
        list.forEach(this::add);
    }

    /** Rejections kept so far plus one summary line per rule that had more than {@code perRule}. */
    public List<Rejection> result() {
        List<Rejection> out = new ArrayList<>(kept);
        omitted.forEach((rule, o) -> out.add(new Rejection(rule, o.firstLine, null, o.laCode == null ? null : Rejection.cut(o.laCode, maxValueCharacters),
                String.format("%,d more %s like this, lines %,d to %,d, not listed one by one (the first %,d are; "
                        + "rejections.max-rows-per-rule in config/ingest.properties)", o.count, o.count == 1 ? "row" : "rows",
                        o.firstLine, o.lastLine, perRule), null, o.sheet)));
        return out;
    }

    /** Caps a list already built (notes files, which are small). */
    public static List<Rejection> cap(List<Rejection> list, int perRule, int maxValueCharacters) {
        RejectionCap c = new RejectionCap(perRule, maxValueCharacters);
        c.addAll(list);
        return c.result();
    }
}
