package uk.beacon.delivery;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.audience.Audience;

/**
 * Reads the recipients file (config/recipients.csv): {@code audience,scope,name,channel,address,outputs}.
 * Lines starting with # are comments. Every line is checked before anything is sent; one bad line and
 * nothing is delivered (the problems name the file, the line and the fix).
 */
public final class RecipientsFile {

    static final List<String> HEADER = List.of("audience", "scope", "name", "channel", "address", "outputs");
    /** Deliberately plain: one @, a dot in the domain, no spaces or commas. Not RFC 5322, but no list mistakes pass. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"/\\\\]+@[^@\\s,;<>\"/\\\\]+\\.[^@\\s,;<>\"/\\\\]+");

    /** What the recipients file says, or why it cannot be used. */
    public record Result(List<Recipient> recipients, List<String> problems) {
    }

    private RecipientsFile() {
    }

    /**
     * @param regions  the known regions: name (as in manifest.json) for each name or ONS code, upper-cased key
     * @param laCodes  the known authority codes
     */
    public static Result read(Path file, Map<String, Audience> audiences, Map<String, String> regions, Set<String> laCodes) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.getFileName().toString(), audiences, regions, laCodes);
        }
    }

    static Result parse(Reader reader, String fileName, Map<String, Audience> audiences, Map<String, String> regions, Set<String> laCodes)
            throws IOException {
        List<Recipient> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        var parser = format.parse(reader);
        List<String> header = parser.getHeaderNames().stream().map(String::trim).toList();
        if (!header.containsAll(HEADER.subList(0, 5))) {
            problems.add(fileName + ": the header must be " + String.join(",", HEADER) + " (outputs may be left out); found "
                    + String.join(",", header));
            return new Result(List.of(), problems);
        }
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : parser) {
            int line = (int) r.getParser().getCurrentLineNumber();
            String where = fileName + " line " + line + ": ";
            String audienceId = value(r, "audience").toLowerCase(Locale.ROOT);
            Audience audience = audiences.get(audienceId);
            if (audience == null) {
                problems.add(where + "unknown audience '" + audienceId + "': use one of " + String.join(", ", audiences.keySet())
                        + " (config/audiences.csv)");
                continue;
            }
            String scope = value(r, "scope");
            switch (audience.scope()) {
                case REGION -> {
                    String name = regions.get(scope.toUpperCase(Locale.ROOT));
                    if (name == null) {
                        problems.add(where + "unknown region '" + scope + "': give the region's name or ONS code as in the reference data"
                                + (regions.isEmpty() ? " (the warehouse has no authorities yet: run 'beacon run' first)" : ""));
                        continue;
                    }
                    scope = name;
                }
                case AUTHORITY -> {
                    if (!laCodes.contains(scope)) {
                        problems.add(where + "unknown authority '" + scope + "': give the authority's 3-digit DfE code");
                        continue;
                    }
                }
                case ALL -> {
                    if (!scope.isEmpty() && !scope.equalsIgnoreCase("all")) {
                        problems.add(where + "audience " + audienceId + " covers every authority: leave the scope empty or write 'all', not '"
                                + scope + "'");
                        continue;
                    }
                    scope = "all";
                }
            }
            String name = value(r, "name");
            if (name.isEmpty()) {
                problems.add(where + "the name is empty: say who this is (a group, a team or a person)");
                continue;
            }
            Recipient.Channel channel;
            try {
                channel = Recipient.Channel.valueOf(value(r, "channel").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(where + "channel '" + value(r, "channel") + "' is not email or folder");
                continue;
            }
            String address = value(r, "address");
            if (channel == Recipient.Channel.EMAIL && !EMAIL.matcher(address).matches()) {
                problems.add(where + "'" + address + "' is not one e-mail address (one recipient per line)");
                continue;
            }
            if (channel == Recipient.Channel.FOLDER && address.isEmpty()) {
                problems.add(where + "the folder is empty: give the path of the drop folder");
                continue;
            }
            Set<String> kinds = new LinkedHashSet<>();
            String outputs = r.isMapped("outputs") && r.isSet("outputs") ? r.get("outputs").trim() : "";
            if (!outputs.isEmpty()) {
                Arrays.stream(outputs.split(";")).map(String::trim).filter(s -> !s.isEmpty()).forEach(kinds::add);
            }
            String key = audienceId + "|" + scope + "|" + channel + "|" + address.toLowerCase(Locale.ROOT);
            if (!seen.add(key)) {
                problems.add(where + address + " is already listed for " + audienceId + " " + scope + ": one line per recipient");
                continue;
            }
            out.add(new Recipient(audienceId, scope, name, channel, address, Set.copyOf(kinds), line));
        }
        return new Result(out, problems);
    }

    private static String value(CSVRecord r, String column) {
        String v = r.isSet(column) ? r.get(column) : "";
        return v == null ? "" : v.trim();
    }
}
