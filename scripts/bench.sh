#!/usr/bin/env bash
# make bench: prints performance figures; never fails the build (the Makefile ignores its status).
# Each measurement runs in its own JVM, capped at 1 GiB of heap (with bin/beacon's collector and compiler
# settings), so peak memory is per task.
set -uo pipefail
cd "$(dirname "$0")/.."
DIR=var/bench
CP="pipeline/target/beacon-pipeline.jar:pipeline/target/lib/*"
JAVA=(java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$CP" uk.beacon.bench.IngestBenchmark)
rm -rf "$DIR" && mkdir -p "$DIR"
echo "== Ingest benchmark: national backfill, 153 authorities x 18 indicators x 120 months (2 cores: $(nproc) here)"
"${JAVA[@]}" generate "$DIR"
start=$(date +%s.%N)
/usr/bin/time -f "whole process: %e s wall, peak RSS %M KB" "${JAVA[@]}" files "$DIR"
end=$(date +%s.%N)
printf "national backfill end to end (JVM start, migrations, ingest): %.1f s (target <= 30 s)\n" "$(echo "$end - $start" | bc)"
/usr/bin/time -f "whole process: %e s wall, peak RSS %M KB" "${JAVA[@]}" single "$DIR"

echo
echo "== Whole monthly cycle at national scale (the backfill above: ingest, models, signals, triggers, reports)"
rm -rf "$DIR/cycle"
/usr/bin/time -f "whole run: %e s wall, peak RSS %M KB" bin/beacon run --period 2026-10 --as-of 2026-11-23 \
  --warehouse "$DIR/cycle/w.duckdb" --inbox "$DIR/files" --out "$DIR/cycle/out" --work "$DIR/cycle/work" 2>"$DIR/cycle.log" >/dev/null
grep -E "whole run|Rendered .* on .* thread" "$DIR/cycle.log" | sed 's/^.* - //'
bin/beacon sql --warehouse "$DIR/cycle/w.duckdb" \
  "select step_name as step, round(epoch(end_time) - epoch(start_time), 1) as seconds, write_count as rows_or_outputs from batch_step_execution order by step_execution_id"
# The national pack: every PDF, XLSX and CSV of the period (each authority's dashboard for its region
# and for itself, each region's pack, the triage), i.e. the reports step.
bin/beacon sql --warehouse "$DIR/cycle/w.duckdb" \
  "select printf('national pack (the reports step): %.1f s for %d outputs (target <= 60 s)', epoch(end_time) - epoch(start_time), write_count) as result from batch_step_execution where step_name = 'reportsRenderStep'" | tail -1
echo "outputs by kind: $(grep -o '"kind" : "[a-z-]*"' "$DIR"/cycle/out/2026-10/manifest.json | sort | uniq -c | awk '{printf "%s %s; ", $1, $4}')"

echo
echo "== Real national history replayed: ../shared/data (153 authorities, published statistics 2013-2025, Ofsted judgements), assessed monthly"
if [[ -d ../shared/data/dfe && -d ../shared/data/ofsted ]]; then
  REAL="$DIR/real" bash scripts/real-history.sh >"$DIR/real.log" 2>&1
  grep -E "^cycle:" "$DIR/real.log" | sed 's/^/replay (one beacon run over the whole history): /'
  bin/beacon sql --warehouse "$DIR/real/beacon.duckdb" \
    "select count(distinct la_code) as authorities, count(distinct indicator) as indicators, min(period) as first_period, max(period) as last_period, count(*) as figures from core.indicator_values" | column -s, -t
  bin/beacon sql --warehouse "$DIR/real/beacon.duckdb" \
    "select count(*) as assessments, count(distinct period) as months, min(period) as first_month, max(period) as last_month from marts.concern_assessment" | column -s, -t
  bin/beacon sql --warehouse "$DIR/real/beacon.duckdb" \
    "select step_name as step, round(epoch(end_time) - epoch(start_time), 1) as seconds from batch_step_execution order by step_execution_id" | column -s, -t
  echo "(target: the replay within 60 s, peak RSS under 1 GiB = 1048576 KB)"
else
  echo "skipped: ../shared/data/dfe and ../shared/data/ofsted are not here"
fi
