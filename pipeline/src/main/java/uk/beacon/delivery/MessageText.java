package uk.beacon.delivery;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import uk.beacon.audience.Audience;
import uk.beacon.render.ManifestEntry;

/**
 * The plain-text message that goes with a delivery (the e-mail's body, or the summary file in a drop
 * folder). It names files, their TLP and checksums and gives counts for the month: never a note, an
 * authority's name, or a password.
 */
final class MessageText {

    private MessageText() {
    }

    /** How a period is named in a message: "October 2026", "2026 Q2", "2024-25" (as the reports name it). */
    static String label(String periodName) {
        return uk.beacon.ingest.Period.label(periodName);
    }

    static String subject(Connection c, String periodName, Recipient r, Audience audience) {
        return "Beacon: " + audience.label() + (r.scope().equals("all") ? "" : ", " + scopeLabel(c, r)) + " - outputs for "
                + label(periodName);
    }

    /** {@code period}: the month whose returns, concerns and triggers the summary counts (for a quarter or year, its last month). */
    static String body(Connection c, YearMonth period, String periodName, String asOf, boolean synthetic, Recipient r, Audience audience,
                       Delivery.Plan plan, String attemptId) {
        StringBuilder sb = new StringBuilder();
        sb.append("To ").append(r.name()).append(",\n\n");
        sb.append("Beacon's outputs for ").append(label(periodName)).append(" for the ").append(audience.label());
        if (!r.scope().equals("all")) {
            sb.append(", ").append(scopeLabel(c, r));
        }
        sb.append(r.channel() == Recipient.Channel.EMAIL ? ", attached.\n" : ", in this folder.\n");
        sb.append("Data as of ").append(asOf).append(".\n");
        if (synthetic) {
            sb.append("SYNTHETIC DEMONSTRATION DATA: the authorities and figures are made up.\n");
        }
        if (!plan.replacing().isEmpty()) {
            sb.append("Updated: ").append(plan.replacing().size()).append(" of these file(s) replace a copy sent earlier for this period.\n");
        }
        sb.append('\n');
        for (String line : MonthSummary.lines(c, period, r.audience(), r.scope())) {
            sb.append(line).append('\n');
        }
        sb.append('\n');
        List<ManifestEntry> files = plan.send();
        sb.append(r.channel() == Recipient.Channel.EMAIL ? "Attached" : "Files").append(" (").append(files.size()).append("):\n");
        int width = files.stream().mapToInt(e -> name(e).length()).max().orElse(0);
        boolean anyEncrypted = false;
        for (ManifestEntry e : files) {
            sb.append(String.format("  %-" + width + "s  %-16s  %s%s%n", name(e), e.tlp(), size(e.bytes()), e.encrypted() ? "  encrypted" : ""));
            anyEncrypted |= e.encrypted();
        }
        sb.append('\n');
        if (anyEncrypted) {
            sb.append("Encrypted files open with the password you were given separately. It is never sent with the files.\n");
        }
        sb.append("Each file is marked with its TLP level in its header and footer: share it only as that level allows.\n\n");
        sb.append("SHA-256 checksums:\n");
        for (ManifestEntry e : files) {
            sb.append("  ").append(e.sha256()).append("  ").append(name(e)).append('\n');
        }
        sb.append("\n-- \nSent by Beacon. Delivery ").append(attemptId).append(" is recorded (marts.deliveries).\n");
        return sb.toString();
    }

    /** The region's name, or the authority's name and code. */
    private static String scopeLabel(Connection c, Recipient r) {
        if (!r.audience().equals("authority")) {
            return r.scope();
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement("select la_name from core.authorities where la_code = ?")) {
            ps.setString(1, r.scope());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1) + " (" + r.scope() + ")";
                }
            }
        } catch (java.sql.SQLException e) {
            // fall through: the code alone
        }
        return "authority " + r.scope();
    }

    private static String name(ManifestEntry e) {
        return Path.of(e.path()).getFileName().toString();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.0f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
