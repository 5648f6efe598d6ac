package uk.beacon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code beacon} command and its subcommands. */
@Command(name = "beacon", mixinStandardHelpOptions = true, version = "Beacon 0.1.0",
        description = "Regional early-warning intelligence for children's services: ingest returns, compare, flag, report.",
        subcommands = {DemoCommand.class, RunCommand.class, IngestCommand.class, ReferenceCommand.class, PublishedCommand.class, NotesCommand.class, ExplainCommand.class, TriggersCommand.class, BacktestCommand.class, DeliverCommand.class, SqlCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (nothing published)", "2:usage error",
                "3:completed, but some input was rejected (see the rejection reports)",
                "4:delivered in part (beacon deliver, beacon run --deliver): some deliveries failed; run again to retry them"})
public final class BeaconCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Choose a command: demo, run, ingest, notes, explain, triggers, backtest, deliver, reference, published or sql (see --help).");
    }
}
