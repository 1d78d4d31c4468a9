#!/usr/bin/env bash
# The whole test run: set-up, linters, type checks and every test (what `make test` runs).
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/bootstrap.sh --dev
echo "== ruff"
.venv/bin/ruff check .
echo "== mypy (strict on kiosk/ and db/)"
.venv/bin/mypy
echo "== CUPS with the cups-pdf slip queue"
deploy/start-cups.sh
echo "== pytest"
.venv/bin/python -m pytest "$@"
