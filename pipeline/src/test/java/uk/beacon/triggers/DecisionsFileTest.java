package uk.beacon.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.beacon.ingest.Containers;
import uk.beacon.ingest.Table;

/** The decisions file's support_la column: the authority commissioned to support a trigger (docs/support.md). */
class DecisionsFileTest {

    static final Map<String, String> AUTHORITIES = Map.of("978", "978", "gullhaven", "978", "964", "964");

    static DecisionsFile.Result read(String csv) throws Exception {
        Table t = Containers.forFileName("decisions.csv").orElseThrow().read(csv.getBytes(StandardCharsets.UTF_8), "decisions.csv");
        return DecisionsFile.read(t, Set.of("T-964-2025-12"), LocalDate.of(2026, 11, 29),
                text -> Optional.ofNullable(AUTHORITIES.get(text.toLowerCase())));
    }

    @Test
    void theCommissionedAuthorityIsResolvedFromItsNameOrCode() throws Exception {
        DecisionsFile.Result r = read("trigger_id,status,decided_on,decided_by,note,support_la\n"
                + "T-964-2025-12,accepted,2026-11-02,Sector-led improvement board,review from May,Gullhaven\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.decisions()).extracting(DecisionsFile.Decision::supportLa).containsExactly("978");
    }

    @Test
    void anUnknownAuthorityOrTheTriggersOwnIsRefusedAndNothingIsApplied() throws Exception {
        DecisionsFile.Result r = read("trigger_id,status,decided_on,decided_by,note,support_la\n"
                + "T-964-2025-12,accepted,2026-11-02,Board,,Nowhere Shire\n"
                + "T-964-2025-12,accepted,2026-11-02,Board,,964\n");
        assertThat(r.problems()).containsExactly(
                "line 2: support_la 'Nowhere Shire' is not an authority: give its DfE code, ONS code or name",
                "line 3: support_la '964' is the authority the trigger is about");
        assertThat(r.decisions()).isEmpty();
    }

    @Test
    void withoutTheColumnDecisionsReadAsBefore() throws Exception {
        DecisionsFile.Result r = read("trigger_id,status,decided_on,decided_by,note\nT-964-2025-12,declined,2026-11-02,Board,not now\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.decisions().get(0).supportLa()).isNull();
    }
}
