#!/usr/bin/env bash
# make bench: prints performance figures; never fails the build (the Makefile ignores its status).
# Each measurement runs in its own JVM, capped at 1 GiB of heap, so peak memory is per task.
set -uo pipefail
cd "$(dirname "$0")/.."
DIR=var/bench
CP="pipeline/target/beacon-pipeline.jar:pipeline/target/lib/*"
JAVA=(java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx1g -cp "$CP" uk.beacon.bench.IngestBenchmark)
rm -rf "$DIR" && mkdir -p "$DIR"
echo "== Ingest benchmark: national backfill, 153 authorities x 18 indicators x 120 months (2 cores: $(nproc) here)"
"${JAVA[@]}" generate "$DIR"
start=$(date +%s.%N)
/usr/bin/time -f "whole process: %e s wall, peak RSS %M KB" "${JAVA[@]}" files "$DIR"
end=$(date +%s.%N)
printf "national backfill end to end (JVM start, migrations, ingest): %.1f s (target <= 30 s)\n" "$(echo "$end - $start" | bc)"
/usr/bin/time -f "whole process: %e s wall, peak RSS %M KB" "${JAVA[@]}" single "$DIR"
