package uk.beacon.ingest;

/**
 * The validation rule catalogue. Every rejection names one of these; docs/validation-rules.md
 * lists them for data officers. Row rules refuse one figure; file rules refuse the whole file.
 */
public enum Rule {
    R001_UNKNOWN_AUTHORITY(Scope.ROW, "Authority is not a known DfE code, ONS code or authority name",
            "Use the authority's DfE 3-digit code (e.g. 805), ONS 9-character code (e.g. E06000001) or its name as in the authority list."),
    R002_UNKNOWN_INDICATOR(Scope.ROW, "Indicator code is not in the catalogue",
            "Use a code from the indicator catalogue (docs/indicators.md), e.g. REREFERRAL_PCT."),
    R003_MALFORMED_PERIOD(Scope.ROW, "Period is not YYYY-MM, YYYY-Qn or YYYY",
            "Write the period as 2026-10 (month), 2026-Q3 (quarter) or 2026 (year ending 31 March)."),
    R004_FUTURE_PERIOD(Scope.ROW, "Period has not started yet",
            "Check the period: figures can only be returned for periods that have begun."),
    R005_NO_FIGURE(Scope.ROW, "Row has no value, no numerator and denominator, and no status",
            "Give a value, or a numerator and denominator, or a suppression status (c, x, z, low)."),
    R006_NOT_A_NUMBER(Scope.ROW, "Not a number",
            "Write numbers as digits, optionally with thousands separators (1,234) or a trailing % sign."),
    R007_OUT_OF_RANGE(Scope.ROW, "Value is outside the range its unit allows",
            "Percentages lie between 0 and 100; rates, counts and averages cannot be negative."),
    R008_NOT_WHOLE(Scope.ROW, "Count is not a whole number",
            "Numerators, denominators and counts must be whole numbers."),
    R009_NUMERATOR_EXCEEDS_DENOMINATOR(Scope.ROW, "Numerator is larger than denominator",
            "A percentage's numerator is part of its denominator; check the two figures."),
    R010_INCONSISTENT_VALUE(Scope.ROW, "Value does not agree with numerator / denominator",
            "Check the three figures; or send numerator and denominator only and let Beacon derive the value."),
    R011_DUPLICATE_ROW(Scope.ROW, "The same authority, period and indicator appears more than once in this file",
            "Keep one row per authority, period and indicator in a file."),
    R012_UNKNOWN_STATUS(Scope.ROW, "Status is not a known suppression marker",
            "Leave status blank, or use c (suppressed), x (not available), z (not applicable) or low."),
    R013_DENOMINATOR_NOT_POSITIVE(Scope.ROW, "Denominator must be greater than zero",
            "Leave numerator and denominator blank when there is nothing to count, or use status z."),
    R014_MISSING_FIELD(Scope.ROW, "A required field is blank",
            "Fill in la_code, period and indicator on every row."),
    R015_AUTHORITY_NOT_OPERATING(Scope.ROW, "The authority code was not in use during the period",
            "Use the code of the authority that existed in that period (see docs/reorganisations.md)."),
    N001_REQUIRED_FIELD(Scope.ROW, "A required field is blank",
            "Fill in every required column (docs/soft-intelligence.md lists them for notes, peer reviews and inspections)."),
    N002_INVALID_DATE(Scope.ROW, "Not a date",
            "Write dates as YYYY-MM-DD (or DD/MM/YYYY as Excel saves them)."),
    N003_NOT_AN_ALLOWED_VALUE(Scope.ROW, "Not one of the allowed values",
            "Use one of the values listed in docs/soft-intelligence.md for this column."),
    N004_SUMMARY_TOO_LONG(Scope.ROW, "The summary is longer than 1,000 characters",
            "Shorten the summary to 1,000 characters; keep detail in your own records."),
    N005_PERSONAL_DATA(Scope.ROW, "The text appears to contain child-level personal data",
            "Remove it: notes describe services, never individual children. The text is not repeated here; the position says where to look."),
    N006_SOURCE_IS_A_PERSON(Scope.ROW, "The source looks like a person's name",
            "Give the role or network the intelligence came from (e.g. 'Regional DCS network'), never a person's name."),
    N007_FUTURE_DATE(Scope.ROW, "The date is in the future",
            "Check the date: notes and reviews can only record what has happened."),
    N008_DATES_OUT_OF_ORDER(Scope.ROW, "The end date is before the start date",
            "Check started_on and completed_on (or inspection_date and published_on)."),
    F001_EMPTY_FILE(Scope.FILE, "The file is empty",
            "Re-save the return from your system; the file had no content."),
    F002_HEADER_ONLY(Scope.FILE, "The file has a header but no rows",
            "The return contained no figures; check the export's filters."),
    F003_UNREADABLE(Scope.FILE, "The file cannot be read",
            "Save the return as CSV (UTF-8) or XLSX and send it again."),
    F004_MISSING_COLUMNS(Scope.FILE, "Required columns are missing from the header",
            "The first row must name the columns: see docs/input-formats.md for returns and docs/soft-intelligence.md for notes, peer reviews and inspections."),
    F005_MIXED_AUTHORITIES(Scope.FILE, "The file holds figures for more than one authority",
            "Send one file per authority."),
    F006_UNSUPPORTED_CONTAINER(Scope.FILE, "The file type is not supported",
            "Send CSV, XLSX, Parquet or Arrow IPC files."),
    S001_SHEET_SKIPPED(Scope.SHEET, "A sheet of the workbook was not loaded",
            "The other sheets were loaded. Fix the sheet as the reason says (docs/input-formats.md lists the layouts) and send the workbook again, or remove the sheet if it holds no return.");

    /** Row rules refuse one figure; file rules the whole file; sheet rules one sheet of a workbook whose other sheets load. */
    public enum Scope { ROW, FILE, SHEET }

    private final Scope scope;
    private final String message;
    private final String fix;

    Rule(Scope scope, String message, String fix) {
        this.scope = scope;
        this.message = message;
        this.fix = fix;
    }

    /** The short id data officers see, e.g. R007. */
    public String id() {
        return name().substring(0, 4);
    }

    public Scope scope() {
        return scope;
    }

    public String message() {
        return message;
    }

    public String fix() {
        return fix;
    }
}
