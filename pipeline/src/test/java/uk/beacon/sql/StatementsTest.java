package uk.beacon.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatementsTest {

    @Test
    void splitsAtSemicolonsOutsideStringsNamesAndComments() {
        assertThat(Statements.split("select 1; select ';' as \"a;b\"; -- c;\nselect 2 /* ; */ ;;  ; "))
                .containsExactly("select 1", "select ';' as \"a;b\"", "-- c;\nselect 2 /* ; */");
        assertThat(Statements.split("select 'it''s; fine'")).containsExactly("select 'it''s; fine'");
        assertThat(Statements.split("  -- only a comment\n  ")).isEmpty();
    }

    @Test
    void aStatementIsCompleteWhenItEndsWithASemicolonOutsideQuotesAndComments() {
        assertThat(Statements.isComplete("select 1;")).isTrue();
        assertThat(Statements.isComplete("select 1;  -- done\n")).isTrue();
        assertThat(Statements.isComplete("select 1")).isFalse();
        assertThat(Statements.isComplete("select ';")).isFalse();
        assertThat(Statements.isComplete("select 1 -- ;")).isFalse();
        assertThat(Statements.isComplete("select 1 /* ; */")).isFalse();
        assertThat(Statements.isComplete("select 1; select 2")).isFalse();
        assertThat(Statements.isComplete("")).isFalse();
    }

    @Test
    void numbersLoseArithmeticNoiseButNotDigits() {
        assertThat(NumberText.of(20.450000000000003)).isEqualTo("20.45");
        assertThat(NumberText.of(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(NumberText.of(1.0)).isEqualTo("1");
        assertThat(NumberText.of(123456789.125)).isEqualTo("123456789.125");
        assertThat(NumberText.of(1e-7)).isEqualTo("0.0000001");
        assertThat(NumberText.of(0.1f)).isEqualTo("0.1");
        assertThat(NumberText.of(new BigDecimal("2.500"))).isEqualTo("2.500");
        assertThat(NumberText.of(42L)).isEqualTo("42");
        assertThat(NumberText.of("text")).isEqualTo("text");
        assertThat(NumberText.of(null)).isEmpty();
    }
}
