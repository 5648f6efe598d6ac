package uk.beacon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.testing.StdOut;

class PeriodCheckTest {

    static final PeriodCheck.DataSpan DATA = new PeriodCheck.DataSpan(YearMonth.of(2023, 5), YearMonth.of(2026, 10));
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void anOrdinaryPeriodNeedsNoConfirmation() {
        assertThat(PeriodCheck.check(YearMonth.of(2026, 10), AS_OF, DATA)).isEmpty();
        assertThat(PeriodCheck.check(YearMonth.of(2024, 1), AS_OF, DATA)).as("a past month with data").isEmpty();
        assertThat(PeriodCheck.check(YearMonth.of(2026, 10), AS_OF, null)).as("first run").isEmpty();
    }

    @Test
    void aPeriodFarFromTheDataNeedsConfirmPeriod() {
        assertThat(PeriodCheck.check(YearMonth.of(0, 1), AS_OF, DATA)).singleElement()
                .satisfies(f -> assertThat(f.flag()).isEqualTo("--confirm-period"))
                .satisfies(f -> assertThat(f.message()).contains("before the earliest figure loaded (2023-05)"));
        assertThat(PeriodCheck.check(YearMonth.of(2099, 12), AS_OF, DATA)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("starts after the as-of date 2026-11-23"));
        assertThat(PeriodCheck.check(YearMonth.of(2029, 1), LocalDate.of(2029, 2, 1), DATA)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("27 months after the latest figure loaded (2026-10)"));
        assertThat(PeriodCheck.check(YearMonth.of(1999, 1), AS_OF, null)).singleElement()
                .satisfies(f -> assertThat(f.flag()).isEqualTo("--confirm-period"));
    }

    @Test
    void anAsOfDateInThePastOfTheDataNeedsConfirmAsOf() {
        assertThat(PeriodCheck.check(YearMonth.of(2024, 5), LocalDate.of(2024, 6, 30), DATA)).singleElement()
                .satisfies(f -> assertThat(f.flag()).isEqualTo("--confirm-as-of"))
                .satisfies(f -> assertThat(f.message()).contains("refused as future-dated"));
    }

    @Test
    void ingestChecksItsAsOfDateToo() {
        assertThat(PeriodCheck.checkAsOf(LocalDate.of(2024, 6, 30), DATA)).singleElement()
                .satisfies(f -> assertThat(f.flag()).isEqualTo("--confirm-as-of"));
        assertThat(PeriodCheck.checkAsOf(LocalDate.of(2026, 10, 31), DATA)).isEmpty();
        assertThat(PeriodCheck.checkAsOf(LocalDate.of(2024, 6, 30), null)).as("nothing loaded yet").isEmpty();
    }

    @Test
    void theCommandLineRefusesWithExitTwoAndRunsNothing(@TempDir Path dir) {
        String[] where = {"--warehouse", dir.resolve("w.duckdb").toString(), "--inbox", dir.resolve("inbox").toString(),
                "--out", dir.resolve("out").toString(), "--work", dir.resolve("work").toString()};
        String[] args = new String[where.length + 5];
        System.arraycopy(new String[] {"run", "--period", "2099-12", "--as-of", "2026-11-23"}, 0, args, 0, 5);
        System.arraycopy(where, 0, args, 5, where.length);
        int[] code = new int[1];
        String err = StdOut.captureErr(() -> code[0] = Main.execute(args));
        assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("add --confirm-period").contains("nothing was run");
        assertThat(dir.resolve("out/2099-12")).doesNotExist();
    }
}
