package uk.beacon.transform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes settings into an early-warning.properties file in place: a key already there gets its
 * new value on its own line, a new key is added at the end, every other line (comments, other
 * keys) is kept. A comment block, replaced on every write, records where the values came from.
 */
public final class SettingsWriter {

    static final String BEGIN = "# --- calibration (written by beacon backtest --fit; replaced on the next fit) ---";
    static final String END = "# --- end of calibration ---";

    private SettingsWriter() {
    }

    public static void write(Path file, Map<String, String> values, List<String> comment) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        Map<String, String> pending = new LinkedHashMap<>(values);
        List<String> out = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines) {
            if (line.equals(BEGIN)) {
                inBlock = true;
                continue;
            }
            if (inBlock) {
                inBlock = !line.equals(END);
                continue;
            }
            String t = line.trim();
            int eq = t.indexOf('=');
            if (!t.startsWith("#") && eq > 0 && pending.containsKey(t.substring(0, eq).trim())) {
                String key = t.substring(0, eq).trim();
                out.add(key + " = " + pending.remove(key));
            } else {
                out.add(line);
            }
        }
        pending.forEach((k, v) -> out.add(k + " = " + v));
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        out.add("");
        out.add(BEGIN);
        comment.forEach(c -> out.add("# " + c));
        out.add(END);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, out, StandardCharsets.UTF_8);
    }
}
