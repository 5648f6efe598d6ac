package uk.beacon.published;

/**
 * The time periods Beacon reads in published statistics: a year {@code 2024} (the reporting
 * year or snapshot year the publication names), or a two-year span {@code 202324} (a
 * financial or academic year), which is read as the year it ends in ({@code 2024}). Beacon's
 * period for either is the four-digit year, with period type 'year'.
 */
public final class PublishedPeriods {

    private PublishedPeriods() {
    }

    public static boolean isValid(String timePeriod) {
        if (timePeriod == null) {
            return false;
        }
        String t = timePeriod.trim();
        if (t.matches("(19|20)\\d{2}")) {
            return true;
        }
        if (t.matches("(19|20)\\d{4}")) {
            int first = Integer.parseInt(t.substring(0, 4));
            return (first + 1) % 100 == Integer.parseInt(t.substring(4));
        }
        return false;
    }

    /** The year a valid time period ends in. */
    public static int endYear(String timePeriod) {
        String t = timePeriod.trim();
        return t.length() == 4 ? Integer.parseInt(t) : Integer.parseInt(t.substring(0, 4)) + 1;
    }

    /** The same rule in SQL, for a text expression (null when the period is not valid). */
    public static String endYearSql(String expr) {
        return "case when regexp_full_match(trim(" + expr + "), '(19|20)[0-9]{2}') then trim(" + expr + ")::integer "
                + "when regexp_full_match(trim(" + expr + "), '(19|20)[0-9]{4}') then left(trim(" + expr + "), 4)::integer + 1 end";
    }
}
