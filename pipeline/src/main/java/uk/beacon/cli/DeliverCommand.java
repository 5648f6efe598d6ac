package uk.beacon.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.beacon.delivery.Delivery;
import uk.beacon.warehouse.Warehouse;

/** {@code beacon deliver --period PERIOD}: send each audience's outputs to its recipients. */
@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = {"Deliver a period's outputs (OUT/<period>/manifest.json) to the recipients of each audience and scope:",
                "one e-mail or one drop-folder copy per recipient, with a summary of the month and the files.",
                "Restricted files (TLP:AMBER+STRICT, TLP:RED) go only encrypted; a file whose SHA-256 is not the manifest's is refused.",
                "Every attempt is recorded (marts.deliveries); running again sends only what failed or changed.",
                "Mail server from the environment: BEACON_SMTP_HOST, BEACON_SMTP_PORT, BEACON_SMTP_FROM, BEACON_SMTP_USER,",
                "BEACON_SMTP_PASSWORD, BEACON_SMTP_SECURITY (starttls|tls|none), BEACON_SMTP_SSL_TRUST."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything due was delivered (or already had been)", "1:nothing was delivered and something failed or was refused",
                "2:usage error", "4:delivered in part: some deliveries failed or files were refused (run again to retry them)"})
final class DeliverCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FolderOptions.Out out;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "The period whose outputs to deliver, as it was run: a month (2026-10), a quarter (2026-Q2) or a reporting year (2025).")
    String period;

    @Option(names = "--dry-run", description = "List who would get what; send nothing, record nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        if (common.noWarehouse()) {
            return ExitCodes.FAILURE;
        }
        uk.beacon.ingest.Period named;
        try {
            named = uk.beacon.ingest.Period.check(period);
        } catch (IllegalArgumentException e) {
            System.err.println("beacon: --period " + period + ": " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        return deliver(common, out.dir, delivery, named, dryRun);
    }

    /** Delivers the outputs of the period as run ({@code period}: a month, a quarter or a reporting year). */
    static int deliver(CommonOptions common, java.nio.file.Path out, DeliveryOptions delivery, uk.beacon.ingest.Period period,
                       boolean dryRun) throws Exception {
        Delivery.Options options = new Delivery.Options(period.lastMonth(), period.text(), out, delivery.recipients, delivery.dropFolder,
                dryRun, System.getenv(), System.out, System.err, Clock.systemUTC());
        try (Warehouse w = Warehouse.open(common.warehouse)) {
            return new Delivery(options).run(w).exitCode();
        }
    }
}
