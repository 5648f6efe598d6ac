package uk.beacon.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import uk.beacon.catalogue.Indicator;
import uk.beacon.catalogue.IndicatorCatalogue;

/**
 * A synthetic national backfill for the benchmark: 153 fictional authorities in 9 regions,
 * every catalogue indicator, 120 months; one long-layout CSV per authority per month, and
 * the same rows again as one consolidated file. Values are plausible and valid: the point
 * is volume, not a story (the demo generator tells the story).
 */
final class NationalBackfill {

    static final int AUTHORITIES = 153;
    static final int MONTHS = 120;
    static final YearMonth LAST = YearMonth.of(2026, 10);

    private NationalBackfill() {
    }

    /** Writes {@code dir/files/} (per-file inbox) and {@code dir/single/} (one-file inbox); returns rows per inbox. */
    static long write(Path dir) throws IOException {
        List<Indicator> indicators = List.copyOf(IndicatorCatalogue.builtIn().all());
        Path files = dir.resolve("files");
        Path single = dir.resolve("single");
        for (Path inbox : List.of(files, single)) {
            Files.createDirectories(inbox.resolve("reference"));
            Files.createDirectories(inbox.resolve("returns"));
            writeReference(inbox.resolve("reference"));
        }
        SplittableRandom rnd = new SplittableRandom(153_120L);
        long rows = 0;
        String header = "la_code,period,indicator,numerator,denominator,value,status,comment\n";
        try (BufferedWriter all = Files.newBufferedWriter(single.resolve("returns").resolve("national.csv"), StandardCharsets.UTF_8)) {
            all.write(header);
            for (int la = 1; la <= AUTHORITIES; la++) {
                long population = 20_000 + rnd.nextInt(250_000);
                for (YearMonth m = LAST.minusMonths(MONTHS - 1L); !m.isAfter(LAST); m = m.plusMonths(1)) {
                    StringBuilder b = new StringBuilder(header);
                    for (Indicator ind : indicators) {
                        b.append(line(code(la), m, ind, population, rnd));
                    }
                    Path file = files.resolve("returns").resolve(m.toString()).resolve(code(la) + "-" + m + ".csv");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, b, StandardCharsets.UTF_8);
                    all.append(b, header.length(), b.length());
                    rows += indicators.size();
                }
            }
        }
        return rows;
    }

    private static String line(String la, YearMonth m, Indicator ind, long population, SplittableRandom rnd) {
        String prefix = la + "," + m + "," + ind.code() + ",";
        return switch (ind.measure()) {
            case "rate" -> {
                long n = Math.round(population / 10_000.0 * (20 + rnd.nextInt(40)));
                yield prefix + n + "," + population + "," + fmt(n * ind.scale() / population) + ",,\n";
            }
            case "percent" -> {
                long den = 20 + rnd.nextInt(500);
                long num = Math.round(den * (0.05 + rnd.nextDouble() * 0.9));
                yield prefix + num + "," + den + "," + fmt(100.0 * num / den) + ",,\n";
            }
            case "count" -> prefix + ",," + rnd.nextInt(60) + ",,\n";
            default -> prefix + ",," + fmt(10 + rnd.nextDouble() * 15) + ",,\n";
        };
    }

    private static void writeReference(Path folder) throws IOException {
        StringBuilder las = new StringBuilder("new_la_code,la_name,date_of_operation,date_of_termination,parent_geography_code,"
                + "entity_code,entity_description,status,old_la_code\n");
        StringBuilder regions = new StringBuilder("region_code,region_name\n");
        for (int r = 1; r <= 9; r++) {
            regions.append(String.format("E1290010%d,Benchmark region %d%n", r, r));
        }
        for (int la = 1; la <= AUTHORITIES; la++) {
            las.append(String.format("E0890%04d,Benchmark authority %d,01/04/2009,,E1290010%d,E08,Synthetic demonstration authority,live,%s%n",
                    la, la, 1 + la % 9, code(la)));
        }
        Files.writeString(folder.resolve("las.csv"), las);
        Files.writeString(folder.resolve("regions.csv"), regions);
    }

    /** Fictional codes 601-753: no real DfE authority code lies in the 600s or 700s. */
    static String code(int la) {
        return String.valueOf(600 + la);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
