package uk.beacon.reference;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.config.ConfigResources;

/**
 * Same-area code changes (config/code-changes.csv): an authority that kept its area but got a
 * new ONS code (a county becoming a unitary, an ONS re-coding). Ofsted names such an
 * authority by its new code, also for inspections before the change; Beacon maps the code to
 * the one in force on the date, but only when both codes belong to the same authority in the
 * DfE list (the same DfE code), so a split or merger listed here by mistake stays refused.
 */
public final class CodeChanges {

    /** One change: {@code oldCode} until the day before {@code changedOn}, {@code newCode} from it. */
    public record Change(String oldCode, String newCode, LocalDate changedOn, String area) {
    }

    private final List<Change> changes;

    public CodeChanges(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    public static CodeChanges none() {
        return new CodeChanges(List.of());
    }

    /** config/code-changes.csv (the configuration directory's copy, if it has one). */
    public static CodeChanges builtIn() {
        try (Reader r = ConfigResources.reader("code-changes.csv")) {
            return parse(r, ConfigResources.describe("code-changes.csv"));
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static CodeChanges parse(Reader reader, String name) throws IOException {
        List<Change> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            try {
                out.add(new Change(norm(r.get("old_code")), norm(r.get("new_code")), LocalDate.parse(r.get("changed_on").trim()),
                        r.get("area").trim()));
            } catch (DateTimeParseException e) {
                throw new IOException(name + " line " + (r.getRecordNumber() + 1) + ": changed_on '" + r.get("changed_on")
                        + "' is not a date (YYYY-MM-DD)");
            }
        }
        return new CodeChanges(out);
    }

    /** The code in force on {@code on} for a code that names the same area at another time, if listed. */
    public Optional<String> codeInForce(String code, LocalDate on) {
        String c = norm(code);
        for (Change ch : changes) {
            if (ch.newCode().equals(c) && on.isBefore(ch.changedOn())) {
                return Optional.of(ch.oldCode());
            }
            if (ch.oldCode().equals(c) && !on.isBefore(ch.changedOn())) {
                return Optional.of(ch.newCode());
            }
        }
        return Optional.empty();
    }

    /**
     * Resolves {@code code} for the date, mapping a same-area code change when the code itself
     * was not in force: the mapped code must resolve, and to the same DfE code the original
     * code belongs to (the same area), else the original refusal stands.
     */
    public AuthorityDirectory.Resolution resolve(AuthorityDirectory dir, String code, LocalDate on) {
        AuthorityDirectory.Resolution res = dir.resolve(code, on, on);
        if (res.resolved() || res.problem() == null) {
            return res;
        }
        Optional<String> other = codeInForce(code, on);
        Optional<String> sameArea = dir.resolve(code);
        if (other.isPresent() && sameArea.isPresent()) {
            AuthorityDirectory.Resolution mapped = dir.resolve(other.get(), on, on);
            if (mapped.resolved() && mapped.dfeCode().equals(sameArea.get())) {
                return mapped;
            }
        }
        return res;
    }

    public List<Change> changes() {
        return changes;
    }

    private static String norm(String s) {
        return s == null ? "" : s.trim().toUpperCase(Locale.ROOT);
    }
}
