package uk.beacon.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.config.ConfigResources;

/** The indicator catalogue, in the order the configuration lists it (the order reports use). */
public final class IndicatorCatalogue {

    private final Map<String, Indicator> byCode;

    private IndicatorCatalogue(Map<String, Indicator> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static IndicatorCatalogue load(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(r, csv.toString());
        }
    }

    /** The catalogue shipped with Beacon (config/indicators.csv, packaged in the jar). */
    public static IndicatorCatalogue builtIn() {
        try (Reader r = ConfigResources.reader("indicators.csv")) {
            return parse(r, "built-in indicators.csv");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static IndicatorCatalogue parse(Reader reader, String name) throws IOException {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            String code = r.get("code").trim().toUpperCase(Locale.ROOT);
            Indicator.Polarity polarity;
            try {
                polarity = Indicator.Polarity.valueOf(r.get("polarity").trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IOException(name + " line " + (r.getRecordNumber() + 1) + ": polarity must be low, high or neutral");
            }
            map.put(code, new Indicator(code, r.get("label").trim(), r.get("unit").trim(), polarity,
                    r.get("measure").trim(), Double.parseDouble(r.get("scale").trim()), r.get("definition").trim()));
        }
        return new IndicatorCatalogue(map);
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    public Collection<Indicator> all() {
        return byCode.values();
    }

    public int size() {
        return byCode.size();
    }
}
