#!/usr/bin/env bash
# Runs every sample once and checks a line of its output, so the README's sample command keeps working.
# Pass --no-build through SAMPLES_SMOKE_BUILD=0 when the solution was just built in Release.
set -euo pipefail
cd "$(dirname "$0")/.."

build=()
if [[ "${SAMPLES_SMOKE_BUILD:-1}" == "0" ]]; then build=(--no-build); fi

run_sample() {
  local project=$1 expected=$2 output
  output=$(dotnet run -c Release "${build[@]}" --project "samples/$project")
  if ! grep -q -- "$expected" <<<"$output"; then
    echo "samples-smoke: samples/$project did not print '$expected'. Its output:" >&2
    echo "$output" >&2
    exit 1
  fi
  echo "samples-smoke: samples/$project ok"
}

run_sample Quickstart "GPU segment gpu0"
run_sample FileStats "5 lines rejected"
run_sample AccessLog "3 lines rejected"
