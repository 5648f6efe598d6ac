package uk.beacon.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at the semicolons that end them: a semicolon inside a
 * string ('...'), a quoted name ("..."), a line comment (-- ...) or a block comment
 * does not end a statement. Statements holding only comments or blanks are dropped.
 */
public final class Statements {

    private Statements() {
    }

    public static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean meaningful = false;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = i + 1;
                while (end < n) {
                    if (sql.charAt(end) == ch) {
                        if (end + 1 < n && sql.charAt(end + 1) == ch) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(end + 1, n);
                cur.append(sql, i, end);
                meaningful = true;
                i = end;
            } else if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                cur.append(sql, i, end);
                i = end;
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                cur.append(sql, i, end);
                i = end;
            } else if (ch == ';') {
                if (meaningful) {
                    out.add(cur.toString().strip());
                }
                cur.setLength(0);
                meaningful = false;
                i++;
            } else {
                cur.append(ch);
                meaningful |= !Character.isWhitespace(ch);
                i++;
            }
        }
        if (meaningful) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    /**
     * True when the text ends a statement: its last meaningful character is a semicolon outside
     * strings and comments (the shell then runs what was typed).
     */
    public static boolean isComplete(String sql) {
        boolean ended = false;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"') {
                int end = i + 1;
                while (end < n && !(sql.charAt(end) == ch && (end + 1 >= n || sql.charAt(end + 1) != ch))) {
                    end += sql.charAt(end) == ch ? 2 : 1;
                }
                if (end >= n) {
                    return false;
                }
                ended = false;
                i = end + 1;
            } else if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                if (ch == ';') {
                    ended = true;
                } else if (!Character.isWhitespace(ch)) {
                    ended = false;
                }
                i++;
            }
        }
        return ended;
    }
}
