package uk.beacon.reference;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what senders and users write for an authority (DfE 3-digit code, ONS 9-character
 * code, or the authority's name) to the DfE code Beacon keys everything on, by date
 * (docs/reorganisations.md). Every input (returns, notes, reviews, inspections) and every
 * command resolves authorities here. A name is matched ignoring case, punctuation, hyphens and
 * "&"/"and" ({@code "Bristol, City of"} also as {@code "City of Bristol"} and {@code "Bristol"});
 * a name two authorities operating at the same time share is refused as ambiguous, and an
 * unknown code or name is refused with the close matches ({@link #unknown}).
 * <ul>
 *   <li>a code resolves only to an authority operating during the figure's period, so a
 *       terminated authority's figures are accepted for the periods when it existed;</li>
 *   <li>a re-coded authority (Barnsley and Sheffield's ONS codes changed on 1 May 2025, their
 *       DfE codes did not) resolves by whichever code was in force;</li>
 *   <li>joint reporting units ({@code 314 / 318}) are not individual authorities and do not
 *       resolve here.</li>
 * </ul>
 */
public final class AuthorityDirectory {

    /** One authority row of the list: codes and dates of operation (null dates: open-ended). */
    public record Authority(String onsCode, String dfeCode, String name, String regionCode, LocalDate openedOn, LocalDate closedOn) {

        boolean operatesDuring(LocalDate start, LocalDate end) {
            return (openedOn == null || !openedOn.isAfter(end)) && (closedOn == null || !closedOn.isBefore(start));
        }
    }

    /** The outcome of resolving a code for a period. */
    public record Resolution(String dfeCode, String problem) {
        public boolean resolved() {
            return dfeCode != null;
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final List<Authority> all;
    private final Map<String, List<Authority>> byCode = new HashMap<>();
    private final Map<String, List<Authority>> byName = new HashMap<>();

    AuthorityDirectory(List<Authority> authorities) {
        this.all = List.copyOf(authorities);
        for (Authority a : all) {
            if (a.dfeCode() == null || a.dfeCode().contains("/")) {
                continue;
            }
            byCode.computeIfAbsent(a.dfeCode(), k -> new ArrayList<>()).add(a);
            if (a.onsCode() != null) {
                byCode.computeIfAbsent(a.onsCode().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
            for (String name : nameForms(a.name())) {
                List<Authority> same = byName.computeIfAbsent(name, k -> new ArrayList<>());
                if (!same.contains(a)) {
                    same.add(a);
                }
            }
        }
    }

    /** A name as matched, and its reordered forms ("Bristol, City of" is also "city of bristol" and "bristol"). */
    static List<String> nameForms(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        forms.add(normaliseName(name));
        int comma = name.lastIndexOf(',');
        if (comma > 0 && comma < name.length() - 1) {
            forms.add(normaliseName(name.substring(comma + 1) + " " + name.substring(0, comma)));
            forms.add(normaliseName(name.substring(0, comma)));
        }
        return forms.stream().filter(f -> !f.isEmpty()).distinct().toList();
    }

    static String normaliseName(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[-_/]", " ").replaceAll("[^\\p{L}\\p{N} ]", "")
                .replaceAll("\\s+", " ").trim();
    }

    public static AuthorityDirectory load(Connection c) throws SQLException {
        List<Authority> list = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select ons_code, dfe_code, la_name, region_code, opened_on, closed_on from ref.authorities")) {
            while (rs.next()) {
                list.add(new Authority(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        date(rs.getDate(5)), date(rs.getDate(6))));
            }
        }
        return new AuthorityDirectory(list);
    }

    public static AuthorityDirectory of(List<Authority> authorities) {
        return new AuthorityDirectory(authorities);
    }

    /** A directory of open-ended authorities from code to DfE code, for tests that need no dates. */
    public static AuthorityDirectory of(Map<String, String> codeToDfe) {
        Map<String, List<String>> onsByDfe = new java.util.LinkedHashMap<>();
        codeToDfe.forEach((code, dfe) -> {
            List<String> ons = onsByDfe.computeIfAbsent(dfe, k -> new ArrayList<>());
            if (!code.equals(dfe)) {
                ons.add(code);
            }
        });
        List<Authority> list = new ArrayList<>();
        onsByDfe.forEach((dfe, ons) -> {
            if (ons.isEmpty()) {
                list.add(new Authority(null, dfe, dfe, null, null, null));
            }
            ons.forEach(o -> list.add(new Authority(o, dfe, dfe, null, null, null)));
        });
        return new AuthorityDirectory(list);
    }

    /** The DfE code for a code in force at some time, ignoring dates (for figures whose period is unreadable). */
    public Optional<String> resolve(String code) {
        List<Authority> found = candidates(code);
        if (found == null) {
            return Optional.empty();
        }
        // A name shared by different authorities over time means the one operating last.
        List<String> dfe = found.stream().map(Authority::dfeCode).distinct().toList();
        if (dfe.size() > 1 && byCode.get(normalise(code)) == null) {
            Authority latest = found.stream().max(Comparator.comparing(x -> x.closedOn() == null ? LocalDate.MAX : x.closedOn())).orElseThrow();
            long open = found.stream().filter(x -> x.closedOn() == null).map(Authority::dfeCode).distinct().count();
            return open > 1 ? Optional.empty() : Optional.of(latest.dfeCode());
        }
        return Optional.of(found.get(0).dfeCode());
    }

    /** Code first, then name. */
    private List<Authority> candidates(String text) {
        List<Authority> found = byCode.get(normalise(text));
        return found != null ? found : text == null ? null : byName.get(normaliseName(text));
    }

    /** The authority's name for a DfE code (its latest), or null. */
    public String nameOf(String dfeCode) {
        List<Authority> found = byCode.get(normalise(dfeCode));
        return found == null ? null : found.get(found.size() - 1).name();
    }

    /**
     * Why a code or name resolved to nothing, as a sentence for the sender: unknown (with up to
     * five close matches) or a name more than one authority has.
     */
    public String unknown(String text) {
        String t = text == null ? "" : text.trim();
        List<Authority> byItsName = byName.get(normaliseName(t));
        if (byItsName != null) {
            List<String> dfe = byItsName.stream().map(Authority::dfeCode).distinct().toList();
            if (dfe.size() > 1) {
                return "'" + t + "' is the name of more than one authority: " + String.join(", ",
                        byItsName.stream().map(a -> a.name() + " (" + a.dfeCode() + ")").distinct().toList()) + "; give its DfE or ONS code";
            }
        }
        List<String> close = closeMatches(t);
        return "'" + t + "' is not a known DfE code, ONS code or authority name"
                + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?");
    }

    /**
     * The same, as the detail of a rejection whose rule already says "not a known code or name":
     * {@code 'Hartlepol' (did you mean Hartlepool (805)?)}, or the ambiguity.
     */
    public String unknownDetail(String text) {
        String t = text == null ? "" : text.trim();
        String full = unknown(t);
        if (full.contains("more than one authority")) {
            return full;
        }
        List<String> close = closeMatches(t);
        return "'" + t + "'" + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)");
    }

    private List<String> closeMatches(String text) {
        String n = normaliseName(text);
        if (n.isEmpty()) {
            return List.of();
        }
        record Scored(Authority a, int distance) {
        }
        Map<String, Scored> best = new java.util.LinkedHashMap<>();
        for (Authority a : all) {
            if (a.dfeCode() == null || a.dfeCode().contains("/") || a.name() == null) {
                continue;
            }
            int d = Integer.MAX_VALUE;
            for (String name : nameForms(a.name())) {
                d = Math.min(d, name.startsWith(n) || (n.length() >= 4 && name.contains(n)) ? 1 : levenshtein(n, name));
            }
            if (d <= Math.max(2, n.length() / 4)) {
                Scored prev = best.get(a.dfeCode());
                if (prev == null || d < prev.distance()) {
                    best.put(a.dfeCode(), new Scored(a, d));
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(x -> x.a().name()))
                .limit(5).map(x -> x.a().name() + " (" + x.a().dfeCode() + ")").toList();
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The DfE code of the authority the code (or name) meant during [start, end], or why there is none. */
    public Resolution resolve(String code, LocalDate start, LocalDate end) {
        List<Authority> found = candidates(code);
        if (found == null) {
            return new Resolution(null, null);
        }
        List<String> operating = found.stream().filter(a -> a.operatesDuring(start, end)).map(Authority::dfeCode).distinct().toList();
        if (operating.size() > 1) {
            return new Resolution(null, null); // a name two authorities had at once: unknown() says so
        }
        for (Authority a : found) {
            if (a.operatesDuring(start, end)) {
                return new Resolution(a.dfeCode(), null);
            }
        }
        Authority a = found.stream().max(Comparator.comparing(x -> x.closedOn() == null ? LocalDate.MAX : x.closedOn())).orElseThrow();
        return new Resolution(null, whyNotOperating(code, a, start));
    }

    private String whyNotOperating(String code, Authority a, LocalDate periodStart) {
        if (a.openedOn() != null && a.openedOn().isAfter(periodStart)) {
            return a.name() + " (" + code + ") began on " + a.openedOn().format(DAY) + ", after the period starts";
        }
        List<Authority> successors = all.stream()
                .filter(s -> s.openedOn() != null && s.openedOn().equals(a.closedOn().plusDays(1)) && s.dfeCode() != null
                        && !s.dfeCode().contains("/") && (a.regionCode() == null || a.regionCode().equals(s.regionCode())))
                .toList();
        // Re-coded (a successor keeps the DfE code) reads differently from closed (split or merged away).
        boolean recoded = successors.stream().anyMatch(s -> s.dfeCode().equals(a.dfeCode()));
        StringBuilder b = new StringBuilder(a.name() + " (" + code + ") " + (recoded ? "used this code until " : "closed on ")
                + a.closedOn().format(DAY));
        List<String> names = new ArrayList<>();
        for (Authority s : successors) {
            names.add(s.dfeCode().equals(a.dfeCode()) ? "ONS code " + s.onsCode() + " (DfE code " + s.dfeCode() + " is unchanged)"
                    : s.name() + " (" + s.dfeCode() + ")");
        }
        if (!names.isEmpty()) {
            b.append("; from ").append(a.closedOn().plusDays(1).format(DAY)).append(" use ").append(String.join(" or ", names));
        }
        return b.toString();
    }

    private static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.endsWith(".0") ? c.substring(0, c.length() - 2) : c; // Excel saves a numeric cell 805 as 805.0
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }
}
