package uk.beacon.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.beacon.catalogue.Indicator;
import uk.beacon.catalogue.IndicatorCatalogue;
import uk.beacon.reference.AuthorityDirectory;

/**
 * Checks one raw figure against the row rules of {@link Rule}. Every problem in a row is
 * reported (one rejection each), so the sender can fix a row in one go.
 */
final class FigureValidator {

    /** Either the accepted figure or the reasons it was refused. */
    record Outcome(AcceptedFigure accepted, List<Rejection> rejections) {
        boolean isAccepted() {
            return accepted != null;
        }
    }

    private final AuthorityDirectory authorities;
    private final IndicatorCatalogue catalogue;
    private final LocalDate today;

    FigureValidator(AuthorityDirectory authorities, IndicatorCatalogue catalogue, LocalDate today) {
        this.authorities = authorities;
        this.catalogue = catalogue;
        this.today = today;
    }

    /** Whether a name is an indicator code of the catalogue (a sheet named after its indicator). */
    boolean isIndicator(String code) {
        return code != null && !code.isBlank() && catalogue.find(code).isPresent();
    }

    Outcome validate(RawFigure f) {
        Problems p = new Problems(f);
        Period period = null;
        if (f.period() != null) {
            period = Period.parse(f.period()).orElse(null);
        }
        String la = null;
        if (f.laCode() == null) {
            p.add(Rule.R014_MISSING_FIELD, "la_code", "la_code is blank", null);
        } else if (period == null) {
            la = authorities.resolve(f.laCode()).orElse(null); // no period to date the code against
            if (la == null) {
                p.add(Rule.R001_UNKNOWN_AUTHORITY, "la_code", authorities.unknownDetail(f.laCode()), f.laCode());
            }
        } else {
            AuthorityDirectory.Resolution r = authorities.resolve(f.laCode(), period.start(), period.end());
            la = r.dfeCode();
            if (!r.resolved() && r.problem() == null) {
                p.add(Rule.R001_UNKNOWN_AUTHORITY, "la_code", authorities.unknownDetail(f.laCode()), f.laCode());
            } else if (!r.resolved()) {
                p.add(Rule.R015_AUTHORITY_NOT_OPERATING, "la_code", r.problem() + " (period " + period.text() + ")", f.laCode());
            }
        }
        p.laCode = la;
        if (f.period() == null) {
            p.add(Rule.R014_MISSING_FIELD, "period", "period is blank", null);
        } else if (period == null) {
            p.add(Rule.R003_MALFORMED_PERIOD, "period", "'" + f.period() + "'", f.period());
        } else if (period.start().isAfter(today)) {
            p.add(Rule.R004_FUTURE_PERIOD, "period", period.text() + " starts on " + period.start(), f.period());
        }
        Indicator indicator = null;
        if (f.indicator() == null) {
            p.add(Rule.R014_MISSING_FIELD, "indicator", "indicator is blank", null);
        } else {
            indicator = catalogue.find(f.indicator()).orElse(null);
            if (indicator == null) {
                p.add(Rule.R002_UNKNOWN_INDICATOR, column(f, "indicator"), "'" + f.indicator() + "'", f.indicator());
            }
        }

        String status = null;
        if (f.status() != null) {
            status = NumberParser.statusOf(f.status());
            if (status == null) {
                p.add(Rule.R012_UNKNOWN_STATUS, "status", "'" + f.status() + "'", f.status());
            }
        }
        Long numerator = wholeNumber(f.numerator(), "numerator", p);
        Long denominator = wholeNumber(f.denominator(), "denominator", p);
        Double value = decimal(f.value(), column(f, "value"), p);

        if (denominator != null && denominator <= 0) {
            p.add(Rule.R013_DENOMINATOR_NOT_POSITIVE, "denominator", "denominator " + f.denominator(), f.denominator());
        }
        if (f.value() == null && (f.numerator() == null || f.denominator() == null) && f.status() == null) {
            p.add(Rule.R005_NO_FIGURE, null, null, null);
        }
        if (indicator != null) {
            checkAgainstUnit(f, indicator, numerator, denominator, value, p);
        }
        if (!p.list.isEmpty()) {
            return new Outcome(null, p.list);
        }
        return new Outcome(new AcceptedFigure(f.rowNumber(), la, f.laCode(), period, indicator.code(),
                numerator, denominator, value, status, f.comment(), null), List.of());
    }

    private void checkAgainstUnit(RawFigure f, Indicator ind, Long num, Long den, Double value, Problems p) {
        if (value != null) {
            if (value < 0) {
                p.add(Rule.R007_OUT_OF_RANGE, column(f, "value"), ind.code() + " is " + ind.unit() + " and cannot be negative", f.value());
            } else if (ind.isPercent() && value > 100) {
                p.add(Rule.R007_OUT_OF_RANGE, column(f, "value"), ind.code() + " is a percentage: " + f.value() + " is above 100", f.value());
            }
            if (ind.isCount() && !NumberParser.isWhole(value)) {
                p.add(Rule.R008_NOT_WHOLE, column(f, "value"), ind.code() + " is a count", f.value());
            }
        }
        if (num != null && den != null && den > 0) {
            if (ind.isPercent() && num > den) {
                p.add(Rule.R009_NUMERATOR_EXCEEDS_DENOMINATOR, "numerator", "numerator " + num + " > denominator " + den, f.numerator());
            } else if (value != null) {
                double derived = (double) num / den * ind.scale();
                // "Agree within the rounding of value": half a unit in the last decimal place written.
                double tolerance = 0.5 * Math.pow(10, -NumberParser.decimalPlaces(f.value())) + 1e-9;
                if (Math.abs(derived - value) > tolerance) {
                    p.add(Rule.R010_INCONSISTENT_VALUE, "value", String.format(java.util.Locale.ROOT,
                            "%d / %d gives %.4f, but value is %s", num, den, derived, f.value()), f.value());
                }
            }
        }
    }

    private static Long wholeNumber(String text, String column, Problems p) {
        if (text == null) {
            return null;
        }
        try {
            double d = NumberParser.parseDecimal(text);
            if (!NumberParser.isWhole(d)) {
                p.add(Rule.R008_NOT_WHOLE, column, column + " " + text, text);
                return null;
            }
            if (d < 0) {
                p.add(Rule.R007_OUT_OF_RANGE, column, column + " cannot be negative", text);
                return null;
            }
            return (long) d;
        } catch (NumberFormatException e) {
            p.add(Rule.R006_NOT_A_NUMBER, column, column + " '" + text + "'", text);
            return null;
        }
    }

    private static Double decimal(String text, String column, Problems p) {
        if (text == null) {
            return null;
        }
        try {
            return NumberParser.parseDecimal(text);
        } catch (NumberFormatException e) {
            p.add(Rule.R006_NOT_A_NUMBER, column, "value '" + text + "'", text);
            return null;
        }
    }

    /** In the wide layout the value's column is the indicator's own column. */
    private static String column(RawFigure f, String longName) {
        return f.column() != null ? f.column() : longName;
    }

    /** Collects a row's problems; the authority is attached when it could be resolved. */
    private static final class Problems {
        private final RawFigure figure;
        private final List<Rejection> list = new ArrayList<>();
        private String laCode;

        Problems(RawFigure figure) {
            this.figure = figure;
        }

        void add(Rule rule, String column, String detail, String offending) {
            list.add(new Rejection(rule, figure.rowNumber(), column, laCode != null ? laCode : figure.laCode(), detail, offending));
        }
    }
}
