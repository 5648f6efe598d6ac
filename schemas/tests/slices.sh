#!/usr/bin/env bash
# Re-writes the "given" half of each model fixture from a slice of a warehouse (the demo's by
# default: bin/beacon demo && bin/beacon run --period 2026-10 --as-of 2026-11-23), then records
# the expected rows. Read the diff before committing: the expected rows are the test.
# Usage: schemas/tests/slices.sh [DEMO_WAREHOUSE] [PUBLISHED_WAREHOUSE] [model ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
DEMO=${1:-var/warehouse/beacon.duckdb}
PUB=${2:-var/published/beacon.duckdb}
shift $(( $# > 2 ? 2 : $# )) || true
ONLY=" $* "
CP="pipeline/target/test-classes:pipeline/target/classes:pipeline/target/lib/*"
slice() {  # warehouse model options...
  local w=$1 m=$2; shift 2
  if [ "$ONLY" != "  " ] && [[ "$ONLY" != *" $m "* ]]; then return; fi
  java -cp "$CP" uk.beacon.transform.fixtures.ModelFixtureSlicer "$w" "$m" "$@"
}
NEIGHBOURS=975,977,966,970,961,969,967,965,959,974,953   # Dunecliffe and its ten statistical neighbours
TWO="las=975,957 periods=2026-08..2026-10 indicators=REREFERRAL_PCT,ASSESS_45WD_PCT run_period=2026-10 limit=40"
for m in core.area_benchmarks core.indicator_values core.inspections core.peer_reviews marts.authority_comparison \
         marts.indicator_values marts.returns_status signals.missing_returns marts.concern_assessment \
         marts.authority_concerns signals.all_signals core.assessment_months; do
  slice "$DEMO" $m $TWO
done
slice "$DEMO" core.authorities las=951,952,975 limit=30
slice "$DEMO" core.neighbour_benchmarks las=$NEIGHBOURS periods=2026-10..2026-10 indicators=ASSESS_45WD_PCT run_period=2026-10
slice "$DEMO" signals.neighbour_gap las=$NEIGHBOURS periods=2026-10..2026-10 indicators=ASSESS_45WD_PCT,REFERRALS_RATE run_period=2026-10
slice "$DEMO" signals.data_quality las=952,962,955 periods=2025-10..2026-10 indicators=SW_VACANCY_PCT run_period=2026-10 limit=60
slice "$DEMO" core.notes las=957,959 limit=20
slice "$DEMO" signals.soft_intelligence las=957,959 periods=2026-09..2026-10 run_period=2026-10 limit=30
slice "$DEMO" signals.review_cycle las=951,972,975 periods=2026-09..2026-10 run_period=2026-10 limit=30
slice "$DEMO" marts.rejections las=952,958 periods=2026-10..2026-10 limit=20
slice "$DEMO" marts.support_strengths las=951,952,953,954,955,956 periods=2026-01..2026-10 indicators=REREFERRAL_PCT run_period=2026-10 limit=60
slice "$DEMO" core.collections las=951,975 indicators=REREFERRAL_PCT,ASSESS_45WD_PCT limit=40
slice "$DEMO" core.expected_returns las=951,975 periods=2026-08..2026-10 indicators=REREFERRAL_PCT,ASSESS_45WD_PCT run_period=2026-10 limit=40
slice "$DEMO" staging.stg_return_values las=962 periods=2026-09..2026-10 indicators=SW_VACANCY_PCT,REREFERRAL_PCT limit=20
# Published statistics (the demo has none): a warehouse after 'beacon reference import' and
# 'beacon published import' of ../shared/data/dfe (README, "With the real DfE files").
NORTH_EAST=390,390,391,392,393,394,805,806,807,808,840,841,929,929   # the North East's authorities (DfE codes)
P="areas=$NORTH_EAST,E12000001,E92000001 las=$NORTH_EAST periods=2024..2024 indicators=REREFERRAL_PCT limit=40"
for m in staging.stg_published_values core.published_values core.published_recomputed marts.published_comparison \
         marts.published_conformance marts.published_area_values; do
  slice "$PUB" $m $P
done
mvn -B -q -ntp -pl pipeline -am verify -Dtest=SqlModelFixturesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbeacon.fixtures.record=true || true
