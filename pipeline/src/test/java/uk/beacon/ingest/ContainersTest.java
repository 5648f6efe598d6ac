package uk.beacon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainersTest {

    @ParameterizedTest
    @CsvSource({
            "return.csv, CsvTableReader",
            "Return.XLSX, XlsxTableReader",
            "return.arrow, ArrowTableReader",
            "return.arrows, ArrowTableReader",
            "return.ipc, ArrowTableReader",
            "return.feather, ArrowTableReader",
    })
    void choosesTheReaderByExtension(String fileName, String reader) {
        assertThat(Containers.forFileName(fileName)).get().extracting(r -> r.getClass().getSimpleName()).isEqualTo(reader);
    }

    @Test
    void anOldXlsWorkbookIsToldHowToResave() {
        assertThat(Containers.forFileName("return.xls")).isEmpty();
        assertThat(Containers.unsupportedDetail("return.xls")).contains("save it as .xlsx");
    }
}
