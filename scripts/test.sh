#!/usr/bin/env bash
# Runs every test: installs the system packages they need, builds with warnings as errors, tests.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-prerequisites.sh
dotnet build Daedalus.sln -c Release -warnaserror
dotnet test Daedalus.sln -c Release --no-build "$@"
