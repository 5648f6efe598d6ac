package uk.beacon.render;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.audience.Audience;
import uk.beacon.audience.AudiencePolicy;
import uk.beacon.audience.Tlp;
import uk.beacon.reports.dashboard.AuthorityDashboard;
import uk.beacon.reports.format.NoteLine;
import uk.beacon.reports.format.RestrictedNote;

/**
 * Puts the notes an audience may see into an authority's dashboard, counts the ones it may
 * not, and marks the copy with the most restricted TLP level it carries (GREEN at least:
 * returns data is shared across the children's services community). Notes are those
 * observed in the twelve months to the end of the period.
 */
final class NotesForAudience {

    static final Tlp DATA_ONLY = Tlp.GREEN;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private record StoredNote(String la, String laName, String region, LocalDate observedOn, String category, String signal,
                              int severity, Tlp tlp, String source, String summary) {
    }

    private final Map<String, List<StoredNote>> byAuthority = new LinkedHashMap<>();
    private final Map<String, String> regionOf = new LinkedHashMap<>();

    NotesForAudience(Connection c, LocalDate periodEnd) throws SQLException {
        String sql = """
                select n.la_code, a.region_code, n.observed_on, n.category, n.signal, n.severity, n.tlp, n.source, n.summary, a.la_name
                from core.notes n left join core.authorities a using (la_code)
                where n.observed_on <= ? and n.observed_on > ?
                order by n.observed_on desc, n.note_id
                """;
        try (PreparedStatement ps = c.prepareStatement("select la_code, region_code from core.authorities");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                regionOf.put(rs.getString(1), rs.getString(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(periodEnd));
            ps.setDate(2, Date.valueOf(periodEnd.minusMonths(12)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredNote n = new StoredNote(rs.getString(1), rs.getString(10), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4), rs.getString(5), rs.getInt(6), Tlp.parse(rs.getString(7)), rs.getString(8), rs.getString(9));
                    byAuthority.computeIfAbsent(n.la(), k -> new ArrayList<>()).add(n);
                }
            }
        }
    }

    /** The dashboard as the audience receives it: its notes, the withheld count, its label and marking. */
    AuthorityDashboard copyFor(AuthorityDashboard d, Audience audience, String audienceLabel) {
        String regionCode = regionOf.get(d.laCode());
        List<NoteLine> shown = new ArrayList<>();
        int withheld = 0;
        Tlp marking = DATA_ONLY;
        for (StoredNote n : byAuthority.getOrDefault(d.laCode(), List.of())) {
            if (AudiencePolicy.maySee(audience, n.tlp(), n.la(), n.region(), d.laCode(), regionCode)) {
                shown.add(line(n));
                marking = marking.atLeast(n.tlp());
            } else {
                withheld++;
            }
        }
        return d.forAudience(marking.marking(), audienceLabel, shown, withheld);
    }

    /**
     * Every note above TLP:AMBER (AMBER+STRICT and RED) of the twelve months, about any authority,
     * most recent first: the part of the picture only the named recipients may see.
     */
    List<RestrictedNote> restricted() {
        List<StoredNote> all = new ArrayList<>();
        byAuthority.values().forEach(all::addAll);
        all.sort(java.util.Comparator.comparing(StoredNote::observedOn).reversed());
        List<RestrictedNote> out = new ArrayList<>();
        for (StoredNote n : all) {
            if (n.tlp().compareTo(Tlp.AMBER_STRICT) >= 0) {
                out.add(new RestrictedNote((n.laName() == null ? "Unknown authority" : n.laName()) + " (" + n.la() + ")", line(n)));
            }
        }
        return out;
    }

    /** The most restricted level among {@link #restricted()}, or AMBER+STRICT when there is none. */
    static Tlp strictest(List<RestrictedNote> notes) {
        Tlp marking = Tlp.AMBER_STRICT;
        for (RestrictedNote n : notes) {
            marking = marking.atLeast(Tlp.parse(n.note().tlp()));
        }
        return marking;
    }

    private static NoteLine line(StoredNote n) {
        return new NoteLine(n.observedOn().format(DAY), n.category(), n.signal(), n.severity(), n.tlp().marking(), n.source(), n.summary());
    }
}
