package uk.beacon.audience;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.config.ConfigResources;

/**
 * Who an output is for (config/audiences.csv): the most restricted TLP level it may carry and
 * which authorities' notes it may show.
 *
 * @param scope ALL (notes about any authority), REGION (the output's region's authorities only),
 *              AUTHORITY (the output's own authority only)
 */
public record Audience(String id, Tlp maxTlp, Scope scope, String label, String description) {

    public enum Scope { ALL, REGION, AUTHORITY }

    public static Map<String, Audience> builtIn() {
        try (Reader r = ConfigResources.reader("audiences.csv")) {
            return parse(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Audience> parse(Reader reader) throws IOException {
        Map<String, Audience> out = new LinkedHashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            Audience a = new Audience(r.get("audience").trim(), Tlp.parse(r.get("max_tlp")),
                    Scope.valueOf(r.get("scope").trim().toUpperCase(Locale.ROOT)), r.get("label").trim(), r.get("description").trim());
            out.put(a.id(), a);
        }
        return out;
    }
}
