#!/usr/bin/env bash
# Runs every sample once and checks a line of its output, so the README's sample command keeps working.
# Pass --no-build through SAMPLES_SMOKE_BUILD=0 when the solution was just built in Release.
set -euo pipefail
cd "$(dirname "$0")/.."

build=()
if [[ "${SAMPLES_SMOKE_BUILD:-1}" == "0" ]]; then build=(--no-build); fi

# run_sample PROJECT EXPECTED [ARGS...]: runs the sample with ARGS; its output must contain EXPECTED.
run_sample() {
  local project=$1 expected=$2 output
  shift 2
  output=$(run "$project" "$@")
  if ! grep -q -- "$expected" <<<"$output"; then fail "$project" "did not print '$expected'" "$output"; fi
  echo "samples-smoke: samples/$project ok"
}

# run_sample_last_line PROJECT REGEX [ARGS...]: as run_sample, but the output's last line must match REGEX (extended).
run_sample_last_line() {
  local project=$1 regex=$2 output
  shift 2
  output=$(run "$project" "$@")
  if ! tail -n 1 <<<"$output" | grep -qE -- "$regex"; then fail "$project" "did not end with a line matching '$regex'" "$output"; fi
  echo "samples-smoke: samples/$project ok"
}

run() {
  local project=$1 output status=0
  shift
  output=$(dotnet run -c Release "${build[@]}" --project "samples/$project" -- "$@") || status=$?
  if [[ $status -ne 0 ]]; then fail "$project" "exited with $status" "$output"; fi
  echo "$output"
}

fail() {
  echo "samples-smoke: samples/$1 $2. Its output:" >&2
  echo "$3" >&2
  exit 1
}

run_sample Quickstart "GPU segment gpu0"
run_sample FileStats "5 lines rejected"
run_sample AccessLog "3 lines rejected"
# The live graph runs its example script (every kind of edit) for 3 s; its last line is the accounting, nothing lost.
run_sample_last_line LiveMonitor "^accounting: produced=[1-9][0-9]* delivered=[0-9]+ dropped=[0-9]+ orphaned=[0-9]+ lost=0$" \
  --script samples/LiveMonitor/example.script --duration 3

# The durable sample: a cold run, the same run again (every result reused), then a run killed with SIGKILL part way and
# started again, which must end with the same result line.
durable_dir=$(mktemp -d)
trap 'rm -rf "$durable_dir"' EXIT
cold=$(run Durable --store "$durable_dir/a.db" --run-id smoke)
result=$(grep '^result: ' <<<"$cold") || fail Durable "printed no result line" "$cold"
grep -q '^reused: 0 of 10000 nodes, computed: 10000$' <<<"$cold" || fail Durable "did not compute every node on a cold run" "$cold"
warm=$(run Durable --store "$durable_dir/a.db" --run-id smoke)
grep -qx -- "$result" <<<"$warm" || fail Durable "gave another result when run again" "$warm"
grep -q '^reused: 9999 of 10000 nodes, computed: 1$' <<<"$warm" || fail Durable "did not reuse every result when run again" "$warm"
dotnet samples/Durable/bin/Release/net10.0/Durable.dll --store "$durable_dir/b.db" --run-id smoke >/dev/null &
sleep 1.5
kill -9 $! 2>/dev/null || true
wait $! 2>/dev/null || true
resumed=$(run Durable --store "$durable_dir/b.db" --run-id smoke)
grep -qx -- "$result" <<<"$resumed" || fail Durable "gave another result after a kill -9" "$resumed"
echo "samples-smoke: samples/Durable ok ($(grep '^reused: ' <<<"$resumed") after kill -9)"
