package uk.beacon.intelligence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screens free text for child-level personal data before a note is accepted. A finding gives
 * the kind and the position only, never the matched text, so rejection reports and logs
 * cannot repeat what they refuse. The patterns and their limits are in docs/soft-intelligence.md:
 * they catch the structured identifiers people paste by mistake, not names or descriptions.
 */
public final class PersonalDataScreen {

    /** What was found and where (0-based character offsets into the text). */
    public record Finding(Kind kind, int start, int end) {
    }

    public enum Kind {
        UPN("a unique pupil number"),
        NHS_NUMBER("an NHS number"),
        DATE_OF_BIRTH("a date of birth"),
        POSTCODE("a full postcode"),
        EMAIL("an email address"),
        PHONE("a phone number");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** DfE UPN: a check letter then 12 digits; a temporary UPN ends in a letter. I, O and S are never used. */
    private static final Pattern UPN = Pattern.compile("(?<![A-Za-z0-9])[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z](?![A-Za-z0-9])");
    /** Ten digits, optionally grouped 3-3-4 by spaces or hyphens; confirmed by the modulus-11 check digit. */
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![0-9])([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})(?![0-9])");
    private static final String DATE = "(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "|[0-9]{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+[0-9]{2,4})";
    /** A full date within a few words after a birth keyword. A date alone (a meeting, an inspection) is not personal. */
    private static final Pattern DOB = Pattern.compile("(?i)(?:\\bd\\.?o\\.?b\\.?|date\\s+of\\s+birth|\\bborn\\b|\\bbirthday\\b)[^0-9]{0,25}(" + DATE + ")");
    /** A full UK postcode (outward and inward parts); a district alone ("SW1A") is not a full postcode. */
    private static final Pattern POSTCODE = Pattern.compile("(?i)(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** UK numbers: 0 or +44, then 9 or 10 more digits, spaces, hyphens or brackets between. */
    private static final Pattern PHONE = Pattern.compile("(?<![0-9+])(?:\\+44\\s?\\(?0?\\)?\\s?|\\(?0)(?:[0-9][\\s)-]{0,2}){8,9}[0-9](?![0-9])");

    private PersonalDataScreen() {
    }

    public static List<Finding> scan(String text) {
        List<Finding> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        add(found, UPN, text, Kind.UPN, 0);
        Matcher m = TEN_DIGITS.matcher(text);
        while (m.find()) {
            if (isValidNhsNumber(m.group(1) + m.group(2) + m.group(3))) {
                found.add(new Finding(Kind.NHS_NUMBER, m.start(), m.end()));
            }
        }
        add(found, DOB, text, Kind.DATE_OF_BIRTH, 1);
        add(found, POSTCODE, text, Kind.POSTCODE, 0);
        add(found, EMAIL, text, Kind.EMAIL, 0);
        Matcher p = PHONE.matcher(text);
        while (p.find()) {
            int s = p.start();
            int e = p.end();
            if (found.stream().noneMatch(f -> f.kind() == Kind.NHS_NUMBER && f.start() <= s && f.end() >= e)) {
                found.add(new Finding(Kind.PHONE, s, e));
            }
        }
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    /** The NHS number check digit: weights 10..2 on the first nine digits, 11 minus the sum mod 11. */
    static boolean isValidNhsNumber(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static void add(List<Finding> out, Pattern p, String text, Kind kind, int group) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Finding(kind, m.start(group), m.end(group)));
        }
    }
}
