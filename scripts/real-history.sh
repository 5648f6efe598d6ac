#!/usr/bin/env bash
# Loads every real file in ../shared/data/dfe and ../shared/data/ofsted into a SEPARATE warehouse
# (var/real/beacon.duckdb, so the demo's var/warehouse is untouched), replays the history month by
# month with one monthly cycle (each month assessed as of itself), and prints the backtest against
# the Ofsted judgements (Beacon beside the reference rule, fitted and held-out years).
# Usage: scripts/real-history.sh            replay with the real-history calibration (config/real-history/)
#        scripts/real-history.sh --fit      replay with the shipped defaults, fit weights and levels to the
#                                           2018-2019 judgements, score 2020-2021, write config/real-history/
# (make real-history; make real-history FIT=1)
# Environment: BEACON_DATA (default ../shared/data), REAL (default var/real), PERIOD (default 2025-12),
# BEACON_CONFIG (default config/real-history, or none with --fit).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${BEACON_DATA:-../shared/data}
REAL=${REAL:-var/real}
PERIOD=${PERIOD:-2025-12}
DFE="$DATA/dfe"
OFSTED="$DATA/ofsted"
if [[ ! -d "$DFE" || ! -d "$OFSTED" ]]; then
    echo "real-history: $DFE and $OFSTED are needed (the DfE and Ofsted files); set BEACON_DATA to the folder holding them." >&2
    exit 2
fi
FIT=0
[[ "${1:-}" == "--fit" ]] && FIT=1
if [[ $FIT -eq 1 ]]; then
    unset BEACON_CONFIG
    echo "Fitting: the replay uses the shipped defaults; the fit is written to config/real-history/early-warning.properties"
else
    export BEACON_CONFIG=${BEACON_CONFIG:-config/real-history}
    echo "Configuration: shipped defaults, overridden by $BEACON_CONFIG"
fi
rm -rf "$REAL"
mkdir -p "$REAL/inbox/returns" "$REAL/inbox/reference" "$REAL/inbox/notes"
W=(--warehouse "$REAL/beacon.duckdb" --work "$REAL/work")
step() { echo; echo "== $*"; }
step "1. reference data (authorities, regions, neighbours, population)"
bin/beacon reference import "${W[@]}" "$DFE"/{las,regions,region_la_hierarchy,sn_model_2025_wide,ons_mid-year_population_estimates_2012_to_2024}.csv
step "2. published statistics (every EES file in $DFE)"
bin/beacon published import "${W[@]}" "$DFE"/{b1,c1,d3,csww}_*.csv "$DFE"/cla_number_and_rate_per_10k_children.csv "$DFE"/la_cla_placement_stability.csv
step "3. Ofsted judgements"
bin/beacon notes import "${W[@]}" "$OFSTED"/ilacs_judgements_2018_2021.csv
step "4. one monthly cycle for $PERIOD: every month of the history assessed as of itself"
status=0
/usr/bin/time -f "cycle: %e s wall, peak RSS %M KB" bin/beacon run "${W[@]}" --inbox "$REAL/inbox" --out "$REAL/out" --period "$PERIOD" || status=$?
if [[ $status -ne 0 && $status -ne 3 ]]; then exit $status; fi
step "5. backtest against the judgements"
if [[ $FIT -eq 1 ]]; then
    bin/beacon backtest --warehouse "$REAL/beacon.duckdb" --truth "$REAL/no-planted-declines" --fit --write-settings config/real-history/early-warning.properties
else
    bin/beacon backtest --warehouse "$REAL/beacon.duckdb" --truth "$REAL/no-planted-declines"
fi
