package uk.beacon.published;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.config.ConfigResources;

/**
 * When each publication's figures cover and when they became known
 * (config/publication-dates.csv). Explore Education Statistics files carry no publication
 * date, so a replay of history needs one per publication: {@code period_end} is the last day
 * the figure covers (or its snapshot date) and {@code published_on} the day it became known,
 * both written relative to the year {@code Y} of the file's {@code time_period}
 * ({@code Y-03-31}, {@code Y+1-02-28}). A line for one {@code time_period} (instead of
 * {@code *}) gives that year's actual date and wins over the default.
 */
public final class PublicationDates {

    /** One line: a date template for a publication, for every year ('*') or one. */
    public record Rule(String publication, String timePeriod, Template periodEnd, Template publishedOn) {
    }

    /** A date relative to the year of the time period: Y + yearOffset, month, day. */
    public record Template(int yearOffset, int month, int day) {

        private static final Pattern RELATIVE = Pattern.compile("Y([+-]\\d+)?-(\\d{1,2})-(\\d{1,2})");

        static Template parse(String text, String timePeriod, String where) throws IOException {
            String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
            Matcher m = RELATIVE.matcher(t);
            Template out;
            if (m.matches()) {
                out = new Template(m.group(1) == null ? 0 : Integer.parseInt(m.group(1).replace("+", "")),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } else if (t.matches("\\d{4}-\\d{2}-\\d{2}") && !"*".equals(timePeriod)) {
                out = new Template(Integer.parseInt(t.substring(0, 4)) - PublishedPeriods.endYear(timePeriod),
                        Integer.parseInt(t.substring(5, 7)), Integer.parseInt(t.substring(8, 10)));
            } else {
                throw new IOException(where + ": '" + text + "' is not a date such as Y-03-31 or Y+1-02-28 (Y: the year of time_period)"
                        + ", or, on a line for one time_period, an actual date such as 2024-11-14");
            }
            if (out.month < 1 || out.month > 12 || out.day < 1 || out.day > 31) {
                throw new IOException(where + ": '" + text + "' has no such month or day");
            }
            return out;
        }
    }

    private final List<Rule> rules;

    public PublicationDates(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** config/publication-dates.csv (the configuration directory's copy, if it has one). */
    public static PublicationDates builtIn() {
        try (Reader r = ConfigResources.reader("publication-dates.csv")) {
            return parse(r, ConfigResources.describe("publication-dates.csv"));
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static PublicationDates parse(Reader reader, String name) throws IOException {
        List<Rule> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            String where = name + " line " + (r.getRecordNumber() + 1);
            String tp = r.get("time_period").trim();
            if (!tp.equals("*") && !PublishedPeriods.isValid(tp)) {
                throw new IOException(where + ": time_period '" + tp + "' is neither * (every year) nor a year such as 2024");
            }
            out.add(new Rule(r.get("publication").trim(), tp, Template.parse(r.get("period_end"), tp, where),
                    Template.parse(r.get("published_on"), tp, where)));
        }
        return new PublicationDates(out);
    }

    /** True when the publication has a default ('*') line, so every year of it can be dated. */
    public boolean covers(String publication) {
        return rules.stream().anyMatch(r -> r.publication().equals(publication) && r.timePeriod().equals("*"));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Replaces ref.publication_dates, where core.published_values reads period_end and known_at. */
    public void sync(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("select count(*) from information_schema.tables "
                    + "where table_schema = 'ref' and table_name = 'publication_dates'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return; // a warehouse opened without migrating, older than V11: nothing to refresh
                }
            }
            s.execute("delete from ref.publication_dates");
        }
        try (PreparedStatement ps = c.prepareStatement("insert into ref.publication_dates values (?,?,?,?,?,?,?,?)")) {
            for (Rule r : rules) {
                ps.setString(1, r.publication());
                ps.setString(2, r.timePeriod());
                ps.setInt(3, r.periodEnd().yearOffset());
                ps.setInt(4, r.periodEnd().month());
                ps.setInt(5, r.periodEnd().day());
                ps.setInt(6, r.publishedOn().yearOffset());
                ps.setInt(7, r.publishedOn().month());
                ps.setInt(8, r.publishedOn().day());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
