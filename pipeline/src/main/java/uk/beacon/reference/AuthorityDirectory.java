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
 * Resolves the authority codes senders write (DfE 3-digit or ONS 9-character) to the DfE code
 * Beacon keys everything on, by code and date, never by name (docs/reorganisations.md):
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
        }
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
        List<Authority> found = byCode.get(normalise(code));
        return found == null ? Optional.empty() : Optional.of(found.get(0).dfeCode());
    }

    /** The DfE code of the authority the code meant during [start, end], or why there is none. */
    public Resolution resolve(String code, LocalDate start, LocalDate end) {
        List<Authority> found = byCode.get(normalise(code));
        if (found == null) {
            return new Resolution(null, null);
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

    /** The region code of the authority with this DfE code (any of its spells), or null. */
    public String regionOf(String dfeCode) {
        List<Authority> found = byCode.get(normalise(dfeCode));
        return found == null ? null : found.stream().map(Authority::regionCode).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }
}
