#!/usr/bin/env bash
# Smoke run of the benchmark suite: every benchmark once, tiny sizes, in-process, so the suite never
# rots. It checks that each contender computes the baseline's result (a mismatch aborts the run with a
# non-zero exit and the contender's name); it asserts nothing about timing.
# Extra arguments go to the benchmark program (e.g. --filter '*Stream*'). Pass --no-build through
# BENCH_SMOKE_BUILD=0 when the solution was just built in Release.
set -euo pipefail
cd "$(dirname "$0")/.."

build=()
if [[ "${BENCH_SMOKE_BUILD:-1}" == "0" ]]; then build=(--no-build); fi
dotnet run -c Release "${build[@]}" --project benchmarks/Daedalus.Benchmarks -- --smoke "$@"
