#!/usr/bin/env bash
# Runs every test: installs the system packages they need, builds with warnings as errors, runs the
# benchmark suite once in smoke mode (tiny sizes, results checked, no timings) and every sample once,
# then all test projects.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-prerequisites.sh
dotnet build Daedalus.sln -c Release -warnaserror
BENCH_SMOKE_BUILD=0 scripts/bench-smoke.sh
SAMPLES_SMOKE_BUILD=0 scripts/samples-smoke.sh
dotnet test Daedalus.sln -c Release --no-build "$@"
