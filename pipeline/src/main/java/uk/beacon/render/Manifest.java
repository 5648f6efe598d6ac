package uk.beacon.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.ingest.FileArchive;

/** manifest.json: every output of a run with its SHA-256, size, audience and TLP marking. */
public final class Manifest {

    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /** Describes a written file; {@code relative} is its path inside the run folder. */
    public static ManifestEntry entry(Path runFolder, Path file, String kind, String audience, String tlp, String laCode) throws IOException {
        return entry(runFolder, file, kind, audience, tlp, laCode, false);
    }

    public static ManifestEntry entry(Path runFolder, Path file, String kind, String audience, String tlp, String laCode,
                                      boolean encrypted) throws IOException {
        return entry(runFolder, file, kind, audience, tlp, laCode, null, encrypted);
    }

    /** As above, for an output about one region as a whole ({@code region}: its name). */
    public static ManifestEntry entry(Path runFolder, Path file, String kind, String audience, String tlp, String laCode, String region,
                                      boolean encrypted) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String sha = FileArchive.sha256(bytes);
        // Unless the caller says otherwise (withContent), a file's bytes are what it says.
        return new ManifestEntry(runFolder.relativize(file).toString(), sha, bytes.length, kind, audience, tlp,
                laCode, encrypted, region, sha);
    }

    public static void write(Path runFolder, String period, String asOf, long jobExecutionId, boolean synthetic,
                             List<ManifestEntry> entries) throws IOException {
        write(runFolder, period, asOf, jobExecutionId, synthetic, entries, List.of());
    }

    /** As above, with the outputs that were not written and why ({@code withheld}, always present, maybe empty). */
    public static void write(Path runFolder, String period, String asOf, long jobExecutionId, boolean synthetic,
                             List<ManifestEntry> entries, List<Withheld> withheld) throws IOException {
        List<ManifestEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ManifestEntry::path));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("period", period);
        doc.put("dataAsOf", asOf);
        doc.put("jobExecutionId", jobExecutionId);
        doc.put("syntheticData", synthetic);
        doc.put("outputs", sorted);
        List<Withheld> notWritten = new ArrayList<>(withheld);
        notWritten.sort(Comparator.comparing(Withheld::path));
        doc.put("withheld", notWritten);
        JSON.writeValue(runFolder.resolve(FILE_NAME).toFile(), doc);
    }

    /** Reads the outputs a manifest says were withheld (none in a manifest from before the list existed). */
    public static List<Withheld> readWithheld(Path manifest) throws IOException {
        Map<?, ?> doc = JSON.readValue(manifest.toFile(), Map.class);
        List<Withheld> out = new ArrayList<>();
        Object list = doc.get("withheld");
        if (list instanceof List<?> l) {
            for (Object o : l) {
                out.add(JSON.convertValue(o, Withheld.class));
            }
        }
        return out;
    }

    /** Reads the outputs listed in a manifest (for checks and tests). */
    public static List<ManifestEntry> read(Path manifest) throws IOException {
        Map<?, ?> doc = JSON.readValue(manifest.toFile(), Map.class);
        List<ManifestEntry> out = new ArrayList<>();
        for (Object o : (List<?>) doc.get("outputs")) {
            out.add(JSON.convertValue(o, ManifestEntry.class));
        }
        return out;
    }
}
