package uk.beacon.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where recipients are listed, and the folder rehearsal (for beacon deliver and beacon run --deliver). */
public final class DeliveryOptions {

    @Option(names = "--recipients", paramLabel = "FILE", defaultValue = "config/recipients.csv",
            description = "Who receives each audience's outputs, and how (default: ${DEFAULT-VALUE}; see docs/delivery.md). For run: with --deliver.")
    Path recipients;

    @Option(names = "--drop-folder", paramLabel = "DIR",
            description = {"Deliver every e-mail recipient into DIR/<address>/ instead of mailing (a rehearsal, or the demo).",
                    "Drop-folder recipients are delivered as usual."})
    Path dropFolder;
}
