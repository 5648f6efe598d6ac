package uk.beacon.support;

/** The last day a period covers, in SQL, for every period form Beacon stores (month, quarter, reporting year). */
final class PeriodEnd {

    private PeriodEnd() {
    }

    /** An SQL expression for the last day of the period in {@code column}: YYYY-MM, YYYY-Qn, or YYYY (year to 31 March). */
    static String sql(String column) {
        return "(case when regexp_full_match(" + column + ", '\\d{4}-\\d{2}') then last_day(strptime(" + column + " || '-01', '%Y-%m-%d'))"
                + " when regexp_full_match(" + column + ", '\\d{4}-Q[1-4]') then last_day(make_date(left(" + column + ", 4)::int, right("
                + column + ", 1)::int * 3, 1))"
                + " when regexp_full_match(" + column + ", '\\d{4}') then make_date(" + column + "::int, 3, 31) end)";
    }
}
