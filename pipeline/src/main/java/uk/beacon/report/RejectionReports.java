package uk.beacon.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.ingest.RejectionCsv;

/**
 * One CSV per authority listing every refused row or file of its returns (from
 * marts.rejections), for the sender to fix and resend. Rows whose authority could not be
 * recognised go to {@code unknown-authority-rejections.csv}.
 */
final class RejectionReports {

    static final String AUDIENCE = "authority";
    static final String TLP = "TLP:AMBER";

    private RejectionReports() {
    }

    static List<ManifestEntry> write(Connection c, Path runFolder) throws SQLException, IOException {
        Map<String, List<String>> byAuthority = new LinkedHashMap<>();
        String sql = """
                select coalesce(la_code, 'unknown-authority') as la, file_name, line, column_name, rule_id, message, offending_value
                from marts.rejections order by la, file_name, line nulls first, rule_id
                """;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String line = rs.getObject("line") == null ? "" : String.valueOf(rs.getInt("line"));
                byAuthority.computeIfAbsent(rs.getString("la"), k -> new ArrayList<>()).add(String.join(",",
                        RejectionCsv.quote(rs.getString("file_name")), line, RejectionCsv.quote(rs.getString("column_name")), rs.getString("rule_id"),
                        RejectionCsv.quote(rs.getString("message")), RejectionCsv.quote(rs.getString("offending_value"))));
            }
        }
        List<ManifestEntry> entries = new ArrayList<>();
        Path folder = runFolder.resolve("rejections");
        Files.createDirectories(folder);
        for (Map.Entry<String, List<String>> e : byAuthority.entrySet()) {
            Path file = folder.resolve(e.getKey().equals("unknown-authority") ? "unknown-authority-rejections.csv"
                    : e.getKey() + "-rejections.csv");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("file,line,column,rule_id,message,offending_value\n");
                for (String row : e.getValue()) {
                    w.write(row);
                    w.write('\n');
                }
            }
            String la = e.getKey().equals("unknown-authority") ? null : e.getKey();
            entries.add(Manifest.entry(runFolder, file, "rejection-report", la == null ? "sector-body" : AUDIENCE, TLP, la));
        }
        return entries;
    }
}
