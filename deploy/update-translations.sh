#!/usr/bin/env bash
# Refresh assets/i18n/*.ts from the tr()/translate() calls under ui/ (translations are kept),
# then translate the new entries in Qt Linguist (or by editing the .ts files).
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find ui -name '*.py' | sort)
for lang in uz ru en; do
  # shellcheck disable=SC2086
  .venv/bin/pyside6-lupdate -no-obsolete -locations relative $files -ts "assets/i18n/kiosk_$lang.ts"
done
