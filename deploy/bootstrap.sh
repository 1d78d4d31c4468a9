#!/usr/bin/env bash
# Set up this checkout on a Debian machine: system packages, the virtual environment with the
# pinned dependencies, and the compiled translations. Quick when all of it is already done.
#   deploy/bootstrap.sh          what the kiosk needs to run
#   deploy/bootstrap.sh --dev    plus what the tests, linters and benchmarks need
set -euo pipefail
cd "$(dirname "$0")/.."
mode=run
[ "${1:-}" = "--dev" ] && mode=dev

RUN_PACKAGES="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libpulse0
  cups cups-client cups-bsd printer-driver-cups-pdf python3-venv"
DEV_PACKAGES="xvfb xauth x11-utils imagemagick poppler-utils dosfstools mtools unzip"

packages=$RUN_PACKAGES
[ "$mode" = dev ] && packages="$packages $DEV_PACKAGES"
missing=()
for package in $packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing system packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "bootstrap: creating .venv with $($python --version)"
  "$python" -m venv .venv
fi
extras=""
[ "$mode" = dev ] && extras="[dev]"
stamp=".venv/.bootstrap-$mode"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "bootstrap: installing Python packages$extras"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
  echo "$want" > "$stamp"
fi

# Translations: .ts files are the source, .qm files are built here (not committed).
for ts in assets/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
