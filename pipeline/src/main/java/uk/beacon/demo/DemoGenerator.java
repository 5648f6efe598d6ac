package uk.beacon.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * Writes a complete, fictional, deterministic set of Beacon inputs:
 * <ul>
 *   <li>{@code inbox/reference/}: authorities, regions, neighbour model and child population,
 *       in the DfE's own published layouts, so the real importers are exercised;</li>
 *   <li>{@code inbox/returns/<period>/}: one long-layout CSV per authority per month (one
 *       authority sends the wide layout, one writes ONS codes);</li>
 *   <li>{@code truth/}: what was planted (declines, missing returns, bad rows), for tests
 *       and the backtest to check Beacon against.</li>
 * </ul>
 * The same settings always produce byte-identical files with identical modification times.
 */
public final class DemoGenerator {

    /** Authorities (by position in the world) given special treatment; see {@link #plan}. */
    static final int WIDE_LAYOUT = 28;
    static final int ONS_CODES = 3;
    static final int LATE_SENDER = 18;

    private final DemoSettings settings;
    private final DemoWorld world;

    public DemoGenerator(DemoSettings settings) {
        this.settings = settings;
        this.world = new DemoWorld(settings.seed());
    }

    /** What was written, for the command's summary. */
    public record Summary(int authorities, int returnFiles, int plantedDeclines, int missingReturns, int badRows) {
    }

    public Summary write(Path inbox, Path truth) throws IOException {
        Path returns = inbox.resolve("returns");
        FileSystemUtils.deleteRecursively(returns); // only the demo's own folders: a stale period must not linger
        FileSystemUtils.deleteRecursively(inbox.resolve("notes"));
        Files.createDirectories(returns);
        Files.createDirectories(inbox.resolve("reference"));
        Files.createDirectories(truth);
        writeReference(inbox.resolve("reference"));

        Plan plan = plan();
        int files = 0;
        List<String> badRows = new ArrayList<>();
        badRows.add("la_code,period,file,line,expected_rule");
        for (DemoAuthority la : world.authorities()) {
            DemoSeries series = new DemoSeries(la, settings.seed(), plan.declines.get(la.dfeCode()));
            for (YearMonth m = settings.firstPeriod(); !m.isAfter(settings.lastPeriod()); m = m.plusMonths(1)) {
                List<DemoFigure> figures = series.month(m); // drawn even when missing, so gaps do not shift later months
                if (!settings.endsPeriod(m) || plan.missing.getOrDefault(la.dfeCode(), List.of()).contains(m)) {
                    continue;
                }
                String period = settings.periodOf(m);
                Path file = returns.resolve(period).resolve(la.dfeCode() + "-" + period + ".csv");
                String text = position(la) == WIDE_LAYOUT ? wide(la, period, figures) : longLayout(la, m, figures, plan, badRows, file);
                // One authority sends its return before the latest late (saved 40 days after the period ended).
                int daysAfter = position(la) == LATE_SENDER && m.equals(settings.lastPeriod().minusMonths(settings.periodMonths())) ? 40 : 10;
                write(file, text, submittedAt(m, daysAfter));
                files++;
            }
        }
        files += writeResubmission(returns, plan, badRows);
        writeIntelligence(inbox.resolve("notes"), plan);
        writeTruth(truth, plan, badRows);
        return new Summary(world.authorities().size(), files, plan.declines.size(),
                plan.missing.values().stream().mapToInt(List::size).sum(), badRows.size() - 1);
    }

    /** Declines planted, returns left out, rows spoiled: fixed by position so the demo tells a stable story. */
    private Plan plan() {
        List<DemoAuthority> las = world.authorities();
        YearMonth last = settings.lastPeriod();
        Plan p = new Plan();
        // One decline per region, reaching its worst at different points of the history.
        p.declines.put(las.get(6).dfeCode(), new PlantedDecline(las.get(6).dfeCode(), last.minusMonths(20), last.minusMonths(12)));
        p.declines.put(las.get(13).dfeCode(), new PlantedDecline(las.get(13).dfeCode(), last.minusMonths(13), last.minusMonths(5)));
        p.declines.put(las.get(24).dfeCode(), new PlantedDecline(las.get(24).dfeCode(), last.minusMonths(8), last));
        p.missing.put(las.get(4).dfeCode(), List.of(last));
        p.missing.put(las.get(16).dfeCode(), List.of(last.minusMonths(1), last));
        p.missing.put(las.get(22).dfeCode(), List.of(last.minusMonths(7)));
        // Spoiled rows in the latest month: each a different validation rule.
        p.spoil.put(las.get(1).dfeCode(), "R007");
        p.spoil.put(las.get(7).dfeCode(), "R009");
        p.spoil.put(las.get(10).dfeCode(), "R002");
        p.spoil.put(las.get(19).dfeCode(), "R003");
        p.spoil.put(las.get(26).dfeCode(), "R010");
        p.resubmitter = las.get(11);
        return p;
    }

    /** Which indicator's row each spoiling rule replaces, and how. */
    private static final Map<String, String> SPOILED_INDICATOR = Map.of(
            "R007", "SW_VACANCY_PCT", "R009", "ICPC_15WD_PCT", "R002", "REFERRALS_RATE", "R003", "CPP_RATE", "R010", "NFA_PCT");

    private String longLayout(DemoAuthority la, YearMonth m, List<DemoFigure> figures, Plan plan, List<String> badRows, Path file) {
        String code = position(la) == ONS_CODES ? la.onsCode() : la.dfeCode();
        String rule = m.equals(settings.lastPeriod()) ? plan.spoil.get(la.dfeCode()) : null;
        String period = settings.periodOf(m);
        StringBuilder b = new StringBuilder("la_code,period,indicator,numerator,denominator,value,status,comment\n");
        int line = 1;
        for (DemoFigure f : figures) {
            line++;
            if (rule != null && f.indicator().equals(SPOILED_INDICATOR.get(rule))) {
                // A row as a real return might spoil it; the truth file records the rule it must trigger.
                b.append(switch (rule) {
                    case "R007" -> code + "," + period + ",SW_VACANCY_PCT,,,112.5,,";
                    case "R009" -> code + "," + period + ",ICPC_15WD_PCT,61,52,,,";
                    case "R002" -> code + "," + period + ",REFERALS_RATE,,,41.2,,";
                    case "R003" -> code + "," + m.getYear() + "-13,CPP_RATE,,,40.1,,";
                    default -> code + "," + period + ",NFA_PCT,10,200,9.0,,";
                }).append('\n');
                badRows.add(String.join(",", la.dfeCode(), period, relative(file), String.valueOf(line), rule));
                continue;
            }
            b.append(code).append(',').append(period).append(',').append(f.indicator()).append(',')
                    .append(num(f.numerator())).append(',').append(num(f.denominator())).append(',')
                    .append(f.value() == null ? "" : fmt(f.value())).append(',')
                    .append(f.status() == null ? "" : f.status()).append(",\n");
        }
        return b.toString();
    }

    private static String wide(DemoAuthority la, String m, List<DemoFigure> figures) {
        StringBuilder header = new StringBuilder("la_code,period");
        StringBuilder row = new StringBuilder(la.dfeCode()).append(',').append(m);
        for (DemoFigure f : figures) {
            header.append(',').append(f.indicator());
            row.append(',').append(f.value() != null ? fmt(f.value()) : f.status());
        }
        return header + "\n" + row + "\n";
    }

    /** The resubmitting authority sends its latest month again, later, with one figure corrected. */
    private int writeResubmission(Path returns, Plan plan, List<String> badRows) throws IOException {
        DemoAuthority la = plan.resubmitter;
        YearMonth m = settings.lastPeriod();
        String period = settings.periodOf(m);
        String text = "la_code,period,indicator,numerator,denominator,value,status,comment\n"
                + la.dfeCode() + "," + period + ",SW_VACANCY_PCT,,,19.5,,corrected: "
                + (settings.quarterly() ? "the quarter's" : "October") + " vacancies re-counted after HR audit\n";
        write(returns.resolve(period).resolve(la.dfeCode() + "-" + period + "-resubmission.csv"), text, submittedAt(m, 24));
        return 1;
    }

    /** Notes, peer reviews and inspections; the notes update is saved a month after the first file. */
    private void writeIntelligence(Path folder, Plan plan) throws IOException {
        DemoIntelligence intel = new DemoIntelligence(world.authorities(), plan.declines, settings);
        write(folder.resolve("notes-" + settings.lastPeriod() + ".csv"), intel.notes(), submittedAt(settings.lastPeriod(), 5));
        write(folder.resolve("notes-" + settings.lastPeriod() + "-update.csv"), intel.notesUpdate(), submittedAt(settings.lastPeriod(), 15));
        write(folder.resolve("peer-reviews.csv"), intel.peerReviews(), submittedAt(settings.lastPeriod(), 5));
        write(folder.resolve("inspections.csv"), intel.inspections(), submittedAt(settings.lastPeriod(), 5));
    }

    private void writeReference(Path folder) throws IOException {
        StringBuilder las = new StringBuilder("new_la_code,la_name,date_of_operation,date_of_termination,parent_geography_code,"
                + "entity_code,entity_description,status,old_la_code\n");
        for (DemoAuthority a : world.authorities()) {
            las.append(String.join(",", a.onsCode(), a.name(), "01/04/2009", "", a.region().code(), "E06",
                    "Synthetic demonstration authority", "live", a.dfeCode())).append('\n');
        }
        write(folder.resolve("las.csv"), las.toString(), null);

        StringBuilder regions = new StringBuilder("region_code,region_name\n");
        for (DemoRegion r : DemoWorld.REGIONS) {
            regions.append(r.code()).append(',').append(r.name()).append('\n');
        }
        write(folder.resolve("regions.csv"), regions.toString(), null);

        // The DfE's file starts with a byte-order mark and pads closeness bands with spaces: so does this one.
        StringBuilder sn = new StringBuilder("\uFEFFold_la_code,la_name,region_ind,region_name");
        for (int i = 1; i <= 10; i++) {
            sn.append(",SN_").append(i).append(",SN_").append(i).append('P');
        }
        sn.append('\n');
        for (DemoAuthority a : world.authorities()) {
            sn.append(a.dfeCode()).append(',').append(a.name()).append(',').append(DemoWorld.REGIONS.indexOf(a.region()) + 1)
                    .append(',').append(a.region().name());
            for (DemoAuthority n : world.neighboursOf(a)) {
                sn.append(',').append(n.dfeCode()).append(',').append(DemoWorld.closeness(DemoWorld.distance(a, n))).append(' ');
            }
            sn.append('\n');
        }
        write(folder.resolve("sn_model_2026_wide.csv"), sn.toString(), null);

        StringBuilder pop = new StringBuilder("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
                + "region_name,old_la_code,new_la_code,la_name,age_group,population_estimate\n");
        for (int year = settings.firstPeriod().getYear() - 1; year <= settings.lastPeriod().getYear(); year++) {
            for (DemoAuthority a : world.authorities()) {
                long p = Math.round(a.population() * (1 + 0.004 * (year - settings.lastPeriod().getYear())));
                pop.append(String.join(",", String.valueOf(year), "Calendar year", "Local authority", "E92000001", "England",
                        a.region().code(), a.region().name(), a.dfeCode(), a.onsCode(), a.name(), "Children aged 0 to 17 years",
                        String.valueOf(p))).append('\n');
            }
        }
        write(folder.resolve("population_0_17.csv"), pop.toString(), null);
    }

    private void writeTruth(Path truth, Plan plan, List<String> badRows) throws IOException {
        StringBuilder d = new StringBuilder("la_code,la_name,decline_starts,decline_worst\n");
        for (PlantedDecline p : plan.declines.values()) {
            d.append(p.laCode()).append(',').append(nameOf(p.laCode())).append(',').append(p.starts()).append(',').append(p.worst()).append('\n');
        }
        write(truth.resolve("planted_declines.csv"), d.toString(), null);
        StringBuilder m = new StringBuilder("la_code,la_name,period\n");
        plan.missing.forEach((la, months) -> months.forEach(p -> m.append(la).append(',').append(nameOf(la)).append(',').append(p).append('\n')));
        write(truth.resolve("missing_returns.csv"), m.toString(), null);
        write(truth.resolve("bad_rows.csv"), String.join("\n", badRows) + "\n", null);
    }

    private String nameOf(String dfe) {
        return world.authorities().stream().filter(a -> a.dfeCode().equals(dfe)).findFirst().orElseThrow().name();
    }

    private int position(DemoAuthority la) {
        return world.authorities().indexOf(la);
    }

    /** Returns are "saved" a set number of days after their month ends, at noon UTC. */
    private static LocalDateTime submittedAt(YearMonth m, int daysAfter) {
        return m.atEndOfMonth().plusDays(daysAfter).atTime(12, 0);
    }

    private static void write(Path file, String text, LocalDateTime modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LocalDateTime t = modified != null ? modified : LocalDateTime.of(2026, 1, 1, 0, 0);
        Files.setLastModifiedTime(file, FileTime.from(t.toInstant(ZoneOffset.UTC)));
    }

    private static String relative(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    private static String num(Long n) {
        return n == null ? "" : n.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final class Plan {
        final Map<String, PlantedDecline> declines = new LinkedHashMap<>();
        final Map<String, List<YearMonth>> missing = new LinkedHashMap<>();
        final Map<String, String> spoil = new LinkedHashMap<>();
        DemoAuthority resubmitter;
    }
}
