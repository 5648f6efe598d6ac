package uk.beacon.intelligence;

import java.util.regex.Pattern;

/** Sources and decision makers are roles or networks, never people: a name after an honorific gives one away. */
public final class PersonNames {

    /** An honorific followed by a capitalised word: "Mrs Smith", "Dr A Jones", "Cllr Patel". */
    private static final Pattern PERSON = Pattern.compile("\\b(Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Prof|Sir|Dame)\\.?\\s+[A-Z]");

    private PersonNames() {
    }

    public static boolean looksLikeAPerson(String text) {
        return text != null && PERSON.matcher(text).find();
    }
}
