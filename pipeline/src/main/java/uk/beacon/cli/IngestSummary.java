package uk.beacon.cli;

import org.springframework.batch.core.step.StepExecution;
import uk.beacon.ingest.IngestTally;

/** The one-line account of an ingest step that run and ingest print. */
record IngestSummary(long filesLoaded, long filesAlreadySeen, long filesRefused, long figuresAccepted, long figuresRejected,
                     long sheetsSkipped) {

    static IngestSummary of(StepExecution s) {
        var ctx = s.getExecutionContext();
        return new IngestSummary(IngestTally.get(ctx, IngestTally.FILES_LOADED), IngestTally.get(ctx, IngestTally.FILES_ALREADY_SEEN),
                IngestTally.get(ctx, IngestTally.FILES_REFUSED), IngestTally.get(ctx, IngestTally.FIGURES_ACCEPTED),
                IngestTally.get(ctx, IngestTally.FIGURES_REJECTED), IngestTally.get(ctx, IngestTally.SHEETS_SKIPPED));
    }

    boolean anyRejected() {
        return filesRefused > 0 || figuresRejected > 0 || sheetsSkipped > 0;
    }

    @Override
    public String toString() {
        return String.format("%,d file(s) loaded, %,d already seen, %,d refused; %,d figure(s) accepted, %,d rejected",
                filesLoaded, filesAlreadySeen, filesRefused, figuresAccepted, figuresRejected)
                + (sheetsSkipped == 0 ? "" : String.format("; %,d workbook sheet(s) skipped (see the rejection report)", sheetsSkipped));
    }
}
