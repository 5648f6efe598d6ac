package uk.beacon.triggers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import uk.beacon.intelligence.PersonNames;
import uk.beacon.ingest.Table;
import uk.beacon.reference.AuthorityDirectory;

/**
 * Reads a decisions CSV for {@code beacon triggers apply}: {@code trigger_id,status,decided_on,decided_by,note}
 * and, optionally, {@code support_la}: the authority commissioned to support the trigger (a DfE code, an ONS
 * code or its name), which starts the outcome loop (marts.support_outcomes, docs/support.md), and
 * {@code la_code} (the trigger's authority, as a DfE code, ONS code or name), checked against the
 * trigger's authority so a decision recorded against the wrong trigger is caught.
 * Every row is checked; one bad row refuses the file, so decisions are applied all or nothing.
 */
public final class DecisionsFile {

    public static final Set<String> STATUSES = Set.of("accepted", "declined", "completed");

    public record Decision(int line, String triggerId, String status, LocalDate decidedOn, String decidedBy, String note,
                           String supportLa) {
    }

    public record Result(List<Decision> decisions, List<String> problems) {
    }

    private DecisionsFile() {
    }

    public static Result read(Table table, Set<String> knownTriggers, LocalDate today) {
        return read(table, knownTriggers, today, code -> Optional.empty());
    }

    /** As above; {@code authorities} resolves a support_la cell (code or name) to a DfE code. */
    public static Result read(Table table, Set<String> knownTriggers, LocalDate today, Function<String, Optional<String>> authorities) {
        Map<String, String> noAuthorities = new LinkedHashMap<>();
        knownTriggers.forEach(t -> noAuthorities.put(t, null));
        return read(table, noAuthorities, authorities, null, today);
    }

    /**
     * What {@code beacon triggers apply} uses: authorities (la_code, support_la) resolved by the one
     * resolver every input uses, unknown or ambiguous ones refused with the close matches.
     *
     * @param triggerAuthority every known trigger id and the DfE code of its authority
     */
    public static Result read(Table table, Map<String, String> triggerAuthority, AuthorityDirectory directory, LocalDate today) {
        return read(table, triggerAuthority, directory::resolve, directory, today);
    }

    private static Result read(Table table, Map<String, String> triggerAuthority, Function<String, Optional<String>> authorities,
                               AuthorityDirectory directory, LocalDate today) {
        Set<String> knownTriggers = triggerAuthority.keySet();
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            header.put(table.header().get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> problems = new ArrayList<>();
        for (String required : List.of("trigger_id", "status", "decided_on")) {
            if (!header.containsKey(required)) {
                problems.add("the header has no " + required + " column (expected trigger_id,status,decided_on,decided_by,note)");
            }
        }
        List<Decision> out = new ArrayList<>();
        if (!problems.isEmpty()) {
            return new Result(out, problems);
        }
        for (Table.Row r : table.rows()) {
            String id = cell(r, header, "trigger_id");
            String status = cell(r, header, "status");
            String date = cell(r, header, "decided_on");
            String by = cell(r, header, "decided_by");
            String prefix = "line " + r.line() + ": ";
            int before = problems.size();
            if (id == null || !knownTriggers.contains(id)) {
                problems.add(prefix + "trigger_id '" + id + "' is not a trigger (see marts.peer_review_triggers)");
            }
            String la = cell(r, header, "la_code");
            if (la != null && directory != null && id != null && triggerAuthority.get(id) != null) {
                String resolved = directory.resolve(la).orElse(null);
                String expected = triggerAuthority.get(id);
                if (resolved == null) {
                    problems.add(prefix + "la_code " + directory.unknown(la));
                } else if (!resolved.equals(expected)) {
                    problems.add(prefix + "la_code '" + la + "' is " + directory.nameOf(resolved) + " (" + resolved + "), but trigger "
                            + id + " is about " + directory.nameOf(expected) + " (" + expected + ")");
                }
            }
            if (status == null || !STATUSES.contains(status.toLowerCase(Locale.ROOT))) {
                problems.add(prefix + "status '" + status + "' must be accepted, declined or completed");
            }
            LocalDate on = null;
            try {
                on = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                // reported below
            }
            if (on == null) {
                problems.add(prefix + "decided_on '" + date + "' must be a date, YYYY-MM-DD");
            } else if (on.isAfter(today)) {
                problems.add(prefix + "decided_on " + on + " is in the future");
            }
            if (PersonNames.looksLikeAPerson(by)) {
                problems.add(prefix + "decided_by looks like a person's name: give a role (e.g. 'Sector-led improvement board')");
            }
            String supportText = cell(r, header, "support_la");
            String supportLa = null;
            if (supportText != null) {
                supportLa = authorities.apply(supportText).orElse(null);
                if (supportLa == null) {
                    problems.add(prefix + (directory != null ? "support_la " + directory.unknown(supportText)
                            : "support_la '" + supportText + "' is not an authority: give its DfE code, ONS code or name"));
                } else if (id != null && id.startsWith("T-" + supportLa + "-")) {
                    problems.add(prefix + "support_la '" + supportText + "' is the authority the trigger is about");
                }
            }
            if (problems.size() == before) {
                out.add(new Decision(r.line(), id, status.toLowerCase(Locale.ROOT), on, by, cell(r, header, "note"), supportLa));
            }
        }
        return new Result(out, problems);
    }

    private static String cell(Table.Row r, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        String v = i == null ? null : r.cell(i);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
