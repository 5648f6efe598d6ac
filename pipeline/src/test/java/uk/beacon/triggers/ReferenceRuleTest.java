package uk.beacon.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.cli.ExitCodes;
import uk.beacon.cli.Main;
import uk.beacon.transform.SettingsSync;
import uk.beacon.warehouse.Warehouse;

/**
 * The reference rule on a hand-built warehouse: ten authorities, England at 20% on two
 * indicators where lower is better, one authority at 40% on both (3.2 standard deviations
 * worse), published on 30 November 2018. Its inspection in June 2019 is caught 7 months
 * ahead; its inspection in October 2018, before the figures were published, is not.
 */
class ReferenceRuleTest {

    static final String EES = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
            + "old_la_code,new_la_code,la_name,category,";

    @Test
    void flagsOnlyFromThePublicationOfTheYearItReadsAndCountsAsTheBacktestSays(@TempDir Path dir) throws Exception {
        List<String> las = new ArrayList<>(List.of(
                "new_la_code,la_name,date_of_operation,date_of_termination,parent_geography_code,entity_code,entity_description,status,old_la_code"));
        List<String> c1 = new ArrayList<>(List.of(EES + "referral_count,rereferral_count,rereferral_percent,no_further_action_count,no_further_action_percent",
                "2018,Reporting year,National,E92000001,England,,,,,,R,1000,200,20.0,50,5.0"));
        List<String> d3 = new ArrayList<>(List.of(EES + "CPP_start,CPP_subsequent,CPP_subsequent_percent",
                "2018,Reporting year,National,E92000001,England,,,,,,C,1000,200,20.0"));
        for (int i = 1; i <= 10; i++) {
            String dfe = String.valueOf(950 + i);
            String ons = String.format("E069%05d", i);
            int worse = i == 10 ? 40 : 20;
            las.add(ons + ",Authority " + i + ",01/04/2009,,E12900001,E06,Test authority,live," + dfe);
            c1.add("2018,Reporting year,Local authority,E92000001,England,E12900001,North Fells," + dfe + "," + ons + ",Authority " + i
                    + ",R,100," + worse + "," + worse + ".0,5,5.0");
            d3.add("2018,Reporting year,Local authority,E92000001,England,E12900001,North Fells," + dfe + "," + ons + ",Authority " + i
                    + ",C,100," + worse + "," + worse + ".0");
        }
        Files.write(dir.resolve("las.csv"), las);
        Files.writeString(dir.resolve("regions.csv"), "region_code,region_name\nE12900001,North Fells\n");
        Files.write(dir.resolve("c1.csv"), c1);
        Files.write(dir.resolve("d3.csv"), d3);
        Files.writeString(dir.resolve("inspections.csv"), String.join("\n",
                "la_code,inspection_type,inspection_date,published_on,overall_effectiveness",
                "960,ILACS Standard Inspection,2018-10-01,2018-11-20,Inadequate",
                "960,ILACS Standard Inspection,2019-06-10,2019-07-22,Inadequate",
                "951,ILACS Standard Inspection,2019-06-10,2019-07-22,Good") + "\n");
        String[] at = {"--warehouse", dir.resolve("w.duckdb").toString(), "--work", dir.resolve("work").toString()};
        assertThat(Main.execute(cat(new String[] {"reference", "import"}, at, dir.resolve("las.csv").toString(),
                dir.resolve("regions.csv").toString()))).isEqualTo(ExitCodes.OK);
        assertThat(Main.execute(cat(new String[] {"published", "import"}, at, dir.resolve("c1.csv").toString(),
                dir.resolve("d3.csv").toString()))).isEqualTo(ExitCodes.OK);
        assertThat(Main.execute(cat(new String[] {"notes", "import"}, at, dir.resolve("inspections.csv").toString()))).isEqualTo(ExitCodes.OK);

        try (Warehouse w = Warehouse.openWithoutMigrating(dir.resolve("w.duckdb")); Connection c = w.connect()) {
            JudgementBacktest b = new JudgementBacktest(c, 12, 1.5, 2);
            assertThat(b.judgements()).hasSize(3);
            JudgementBacktest.Measures m = b.reference(b.judgements());
            assertThat(m.judgements()).isEqualTo(3);
            assertThat(m.inadequate()).isEqualTo(2);
            assertThat(m.flagged()).isEqualTo(1);
            assertThat(m.caught()).isEqualTo(1);
            assertThat(m.recall()).isEqualTo(0.5);
            assertThat(m.precision()).isEqualTo(1.0);
            assertThat(m.lift()).isEqualTo(1.5);
            assertThat(m.medianLead()).isEqualTo(7.0);
            // On one indicator only (the rule needs two), nothing is flagged
            JudgementBacktest stricter = new JudgementBacktest(c, 12, 1.5, 3);
            assertThat(stricter.reference(stricter.judgements()).flagged()).isZero();
            // And at 3.5 standard deviations (the authority is 3.2 worse) neither
            JudgementBacktest wider = new JudgementBacktest(c, 12, 3.5, 2);
            assertThat(wider.reference(wider.judgements()).flagged()).isZero();
            Properties settings = SettingsSync.builtIn();
            assertThat(b.beacon(b.judgements(), JudgementBacktest.configured(settings), settings).judgements()).isEqualTo(3);
        }
    }

    @Test
    void evidenceLinesAreSummedByFamilyAndUncountedOnesLeftOut() {
        double[] f = JudgementBacktest.families(String.join("\n",
                "[4.5] SPC_OUTSIDE_LIMITS REREFERRAL_PCT: above the upper limit",
                "[2.25, not counted: same indicator] FUNNEL_OUTSIDE_95 REREFERRAL_PCT: outside 95%",
                "[1.2] FUNNEL_OUTSIDE_998 CLA_RATE: outside 99.8%",
                "[-1] NOTES_REASSURANCE: a good visit"));
        assertThat(f[0]).isEqualTo(4.5);
        assertThat(f[1]).isEqualTo(1.2);
        assertThat(f[4]).isEqualTo(-1.0);
        assertThat(JudgementBacktest.score(f, new double[] {2, 1, 1, 1, 1, 1})).isEqualTo(9.2);
    }

    static String[] cat(String[] head, String[] mid, String... tail) {
        List<String> out = new ArrayList<>(List.of(head));
        out.addAll(List.of(mid));
        out.addAll(List.of(tail));
        return out.toArray(String[]::new);
    }
}
