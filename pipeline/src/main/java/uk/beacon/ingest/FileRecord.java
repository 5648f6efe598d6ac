package uk.beacon.ingest;

import java.time.LocalDateTime;

/**
 * One row of raw.files: a distinct file received (by SHA-256), what it was and what came of it.
 * Written by {@link RawWriter} (Appender, the ingest's hot path) or {@link FileRegistry} (JDBC,
 * imports by command).
 *
 * @param modifiedAt      the sender's save time, or null
 * @param jobExecutionId  the job run that received it, or null for a command outside a job
 */
public record FileRecord(String sha256, String originalName, String kind, String archivedPath, long sizeBytes,
                         String container, String layout, String encoding, String outcome,
                         int received, int accepted, int rejected, LocalDateTime modifiedAt,
                         LocalDateTime receivedAt, Long jobExecutionId) {
}
