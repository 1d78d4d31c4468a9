#!/usr/bin/env bash
# Run the kiosk on this checkout (demo catalog on first start). With no display, a virtual
# 1920x1080 X screen is started, so that the kiosk can still be looked at with a screenshot.
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/bootstrap.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "no display, and Xvfb is not installed" >&2; exit 1; }
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  echo "run-kiosk: no display; kiosk runs on Xvfb $DISPLAY (DISPLAY=$DISPLAY import -window root shot.png)"
  sleep 0.3
fi
.venv/bin/python main.py "$@"
