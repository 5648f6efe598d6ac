package uk.beacon.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.ingest.RejectionCsv;

/**
 * For each authority whose returns had refused rows or files: a CSV of every problem (for
 * the data officer's spreadsheet) and a short plain-text summary (to read or paste into an
 * email), newest files first. Problems whose authority could not be recognised go to
 * {@code unknown-authority-rejections.*}, for the sector body's data team.
 *
 * <p>Refused notes, peer reviews and inspections go to {@code intelligence-rejections.*} for
 * the sector body, never to the authority the note is about: telling an authority that a
 * refused note about it exists would itself share intelligence it may not see.
 */
final class RejectionReports {

    static final String AUDIENCE = "authority";
    static final String TLP = "TLP:AMBER";
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private record Problem(String file, Timestamp received, Integer line, String column, String ruleId, String message,
                           String offending, boolean fileRefused, String sheet) {
    }

    private RejectionReports() {
    }

    static List<ManifestEntry> write(Connection c, Path runFolder, String periodLabel) throws SQLException, IOException {
        Map<String, List<Problem>> byAuthority = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        String sql = """
                select case when r.file_kind not in ('returns', 'reference') then 'intelligence'
                            when a.la_code is null then 'unknown-authority'
                            else r.la_code end as la,
                       a.la_name, r.file_name, r.received_at, r.line,
                       r.column_name, r.rule_id, r.message, r.offending_value, r.file_refused, r.sheet
                from marts.rejections r
                left join core.authorities a on a.la_code = r.la_code
                order by la, r.received_at desc, r.file_name, r.line nulls first, r.rule_id
                """;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String la = rs.getString("la");
                names.putIfAbsent(la, rs.getString("la_name"));
                byAuthority.computeIfAbsent(la, k -> new ArrayList<>()).add(new Problem(rs.getString("file_name"),
                        rs.getTimestamp("received_at"), (Integer) rs.getObject("line"), rs.getString("column_name"),
                        rs.getString("rule_id"), rs.getString("message"), rs.getString("offending_value"), rs.getBoolean("file_refused"),
                        rs.getString("sheet")));
            }
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Problem>> e : byAuthority.entrySet()) {
            boolean known = !e.getKey().equals("unknown-authority") && !e.getKey().equals("intelligence");
            // An authority's report goes in its own folder; the rest to the sector body's data team.
            Path folder = known ? runFolder.resolve("authority").resolve(AudienceFolders.authority(e.getKey(), names.get(e.getKey())))
                    : runFolder.resolve("sector-body");
            Files.createDirectories(folder);
            String base = e.getKey() + "-rejections";
            Path csv = folder.resolve(base + ".csv");
            Path txt = folder.resolve(base + ".txt");
            writeCsv(csv, e.getValue());
            String who = known ? names.get(e.getKey()) + " (" + e.getKey() + ")"
                    : e.getKey().equals("intelligence") ? "Soft intelligence: notes, peer reviews, inspections" : "Unrecognised authority codes";
            writeSummary(txt, who, known ? "TLP:AMBER - for the authority's own data team" : "TLP:AMBER - for the sector body's data team",
                    periodLabel, e.getValue());
            String la = known ? e.getKey() : null;
            String audience = known ? AUDIENCE : "sector-body";
            entries.add(Manifest.entry(runFolder, csv, "rejection-report", audience, TLP, la));
            entries.add(Manifest.entry(runFolder, txt, "rejection-summary", audience, TLP, la));
        }
        return entries;
    }

    private static void writeCsv(Path file, List<Problem> problems) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("file,received_at,line,column,rule_id,message,offending_value,whole_file_refused,sheet\n");
            for (Problem p : problems) {
                // Every field through the one formula-neutralising quote, whatever the column.
                w.write(String.join(",", RejectionCsv.quote(p.file()), RejectionCsv.quote(p.received().toLocalDateTime().toString()),
                        p.line() == null ? "" : p.line().toString(), RejectionCsv.quote(p.column()), RejectionCsv.quote(p.ruleId()),
                        RejectionCsv.quote(p.message()), RejectionCsv.quote(p.offending()), String.valueOf(p.fileRefused()),
                        RejectionCsv.quote(p.sheet())));
                w.write('\n');
            }
        }
    }

    private static void writeSummary(Path file, String who, String marking, String periodLabel, List<Problem> problems) throws IOException {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p));
        StringBuilder b = new StringBuilder();
        b.append(marking).append("\n\n");
        b.append("Beacon rejection report: ").append(who).append('\n');
        b.append("Monthly cycle: ").append(periodLabel).append('\n');
        b.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" in ")
                .append(byFile.size()).append(byFile.size() == 1 ? " file" : " files")
                .append(". Unless a file is marked as refused, everything else in it was loaded.\nFix the rows below and send them again: ")
                .append("a later file with the same authority, period and indicator\nreplaces the earlier figure.\n");
        for (Map.Entry<String, List<Problem>> f : byFile.entrySet()) {
            Problem first = f.getValue().get(0);
            b.append("\n").append(f.getKey()).append(" (received ").append(first.received().toLocalDateTime().format(RECEIVED)).append(")");
            if (first.fileRefused()) {
                b.append(" - THE WHOLE FILE WAS REFUSED, nothing in it was loaded");
            }
            b.append('\n');
            for (Problem p : f.getValue()) {
                b.append("  ").append(p.line() == null ? (p.sheet() == null ? "file" : "sheet '" + p.sheet() + "'")
                        : "line " + p.line() + (p.sheet() == null ? "" : " of sheet '" + p.sheet() + "'"));
                if (p.column() != null) {
                    b.append(", ").append(p.column());
                }
                b.append(" [").append(p.ruleId()).append("]: ").append(p.message()).append('\n');
            }
        }
        b.append("\nRule ids are explained in Beacon's docs/validation-rules.md.\nTLP:AMBER\n");
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }
}
