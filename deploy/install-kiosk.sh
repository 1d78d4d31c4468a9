#!/usr/bin/env bash
# Install or upgrade the Cooperation LAB kiosk on this Debian 12 PC, as root, from this copy of
# the code (README.md, "Deployment"). The same command installs and upgrades: each run makes a
# new release under /opt/cooplab-kiosk/releases, sets it up completely (Debian packages, Python
# environment, translations), checks the configuration with it, and only then switches
# /opt/cooplab-kiosk/current to it and restarts the kiosk. The configuration
# (/etc/cooplab-kiosk/kiosk.toml) and the data (/var/lib/cooplab-kiosk) are never overwritten.
#
#   deploy/install-kiosk.sh              install or upgrade, then (re)start the kiosk
#   deploy/install-kiosk.sh --rollback   switch back to the release before the current one
# Options: --no-start (do not enable or restart anything), --prefix DIR (install under DIR as
# if it were /, without packages, users or services: for trying it out), --no-apt,
# --no-bootstrap (skip the Python environment), --dry-run (print what would be done).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
prefix=""
apt=yes bootstrap=yes start=yes dry_run=no action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$(realpath -m "$2"); shift ;;
    --prefix=*) prefix=$(realpath -m "${1#--prefix=}") ;;
    --no-apt) apt=no ;;
    --no-bootstrap) bootstrap=no ;;
    --no-start) start=no ;;
    --dry-run) dry_run=yes ;;
    --rollback) action=rollback ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-kiosk: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$prefix" ]; then
  apt=no start=no   # a trial install under a folder touches nothing of the running system
elif [ "$(id -u)" -ne 0 ]; then
  echo "install-kiosk: run me as root (sudo deploy/install-kiosk.sh)" >&2
  exit 1
fi

KIOSK_USER=cooplab-kiosk
app_root="$prefix/opt/cooplab-kiosk"
config_dir="$prefix/etc/cooplab-kiosk"
data_dir="$prefix/var/lib/cooplab-kiosk"
unit_dir="$prefix/etc/systemd/system"
# What cage and Qt's Wayland plugin need beyond deploy/bootstrap.sh's packages.
SESSION_PACKAGES="cage xwayland libwayland-client0 libwayland-cursor0 libwayland-egl1 udev"

say() { echo "install-kiosk: $*"; }
run() {
  if [ "$dry_run" = yes ]; then echo "+ $*"; else "$@"; fi
}

restart_kiosk() {
  if [ "$start" = yes ]; then
    run systemctl daemon-reload
    run udevadm control --reload-rules
    run systemctl enable cups.service cooplab-kiosk.service
    run systemctl set-default graphical.target
    run systemctl restart cooplab-kiosk.service
    say "the kiosk is (re)starting: journalctl -u cooplab-kiosk -f shows its log"
  else
    say "not started (--no-start or --prefix)"
  fi
}

switch_to() {  # atomically point `current` at releases/$1
  run ln -sfn "releases/$1" "$app_root/current.new"
  run mv -T "$app_root/current.new" "$app_root/current"
}

if [ "$action" = rollback ]; then
  current=$(basename "$(readlink "$app_root/current" 2>/dev/null || echo none)")
  # Release names start with their time, so the newest other one sorts last.
  previous=$(ls -1 "$app_root/releases" 2>/dev/null | LC_ALL=C sort | grep -vx "$current" \
    | tail -n 1 || true)
  if [ -z "$previous" ]; then
    echo "install-kiosk: no earlier release to go back to" >&2
    exit 1
  fi
  say "rolling back from $current to $previous"
  switch_to "$previous"
  restart_kiosk
  exit 0
fi

# 1. Debian packages of the kiosk session (bootstrap adds Qt's and CUPS's below).
if [ "$apt" = yes ]; then
  missing=()
  for package in $SESSION_PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    run apt-get update -qq
    run apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# 2. The kiosk's own user: no password, no shell, may use the screen, GPU and touchscreen.
if ! getent passwd "$KIOSK_USER" >/dev/null; then
  if [ -n "$prefix" ]; then
    say "user $KIOSK_USER does not exist; a trial install leaves files owned by $(id -un)"
  else
    groups=$(for g in video render input; do getent group "$g" >/dev/null && printf '%s,' "$g"; done)
    run useradd --system --user-group --home-dir /var/lib/cooplab-kiosk --no-create-home \
      --shell /usr/sbin/nologin --groups "${groups%,}" "$KIOSK_USER"
  fi
fi
owner=""
getent passwd "$KIOSK_USER" >/dev/null && owner="$KIOSK_USER"

# 3. The new release: a copy of this code without caches, environments or version control.
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$source_dir/pyproject.toml" | head -n 1)
# Named by the time (UTC, to the millisecond), so that names sort from oldest to newest.
release="$(date -u +%Y%m%dT%H%M%S.%3NZ)-${version:-0}"
while [ -e "$app_root/releases/$release" ]; do
  sleep 0.01; release="$(date -u +%Y%m%dT%H%M%S.%3NZ)-${version:-0}"
done
release_dir="$app_root/releases/$release"
say "installing release $release into $release_dir"
run mkdir -p "$release_dir"
if [ "$dry_run" = yes ]; then
  echo "+ copy $source_dir to $release_dir"
else
  tar -C "$source_dir" --exclude=./.venv --exclude=./.git --exclude='__pycache__' \
    --exclude='.mypy_cache' --exclude='.ruff_cache' --exclude='.pytest_cache' \
    --exclude=./screenshots --exclude='*.pyc' -cf - . \
    | tar -C "$release_dir" -xf -
fi

# 4. Its Python environment and translations, with Debian's Python (bootstrap installs the
#    Qt libraries, CUPS and cups-pdf it needs); the running kiosk is untouched meanwhile.
if [ "$bootstrap" = yes ]; then
  run env PYTHON=/usr/bin/python3 "$release_dir/deploy/bootstrap.sh"
fi

# 5. The configuration: the example on a new kiosk, never replaced on an upgrade. The kiosk's
#    group may write it, so that the staff settings screen can save.
run mkdir -p "$config_dir"
if [ ! -e "$config_dir/kiosk.toml" ]; then
  run install -m 0664 "$source_dir/deploy/etc/cooplab-kiosk/kiosk.toml" "$config_dir/kiosk.toml"
  say "wrote $config_dir/kiosk.toml: set the kiosk id, HQ's keys and the printer in it"
fi
if [ -n "$owner" ]; then
  run chown "root:$KIOSK_USER" "$config_dir" "$config_dir/kiosk.toml"
  run chmod 2775 "$config_dir"
fi
if [ -x "$release_dir/.venv/bin/python" ] && [ "$dry_run" = no ]; then
  # The new release must accept the configuration before it goes live.
  if ! (cd "$release_dir" && .venv/bin/python -c \
      'import sys; from pathlib import Path; from kiosk.config import load_config, ConfigError
try:
    load_config(Path(sys.argv[1]))
except ConfigError as error:
    sys.exit(f"{error}")' "$config_dir/kiosk.toml"); then
    echo "install-kiosk: $config_dir/kiosk.toml does not suit release $release;" \
      "fix it and run me again (the kiosk still runs the old release)" >&2
    exit 1
  fi
fi

# 6. The data folder: the kiosk's alone.
run mkdir -p "$data_dir"
if [ -n "$owner" ]; then
  run chown "$KIOSK_USER:$KIOSK_USER" "$data_dir"
  run chmod 0750 "$data_dir"
fi

# 7. The service, its PAM stack and the USB stick automount rule.
run mkdir -p "$unit_dir" "$prefix/etc/pam.d" "$prefix/etc/udev/rules.d"
run install -m 0644 "$source_dir/deploy/systemd/cooplab-kiosk.service" "$unit_dir/"
run install -m 0644 "$source_dir/deploy/etc/pam.d/cooplab-kiosk" "$prefix/etc/pam.d/"
run install -m 0644 "$source_dir/deploy/etc/udev/rules.d/99-cooplab-kiosk-usb.rules" \
  "$prefix/etc/udev/rules.d/"

# 8. Go live, and keep the three newest releases for a rollback. The state database (requests,
#    figures) is copied first: the new release may migrate it, and an older one cannot read it.
if [ -e "$data_dir/state.sqlite" ]; then
  backup="$data_dir/backups/state-before-$release.sqlite"
  run mkdir -p "$data_dir/backups"
  # SQLite's online backup: consistent even while the kiosk is writing.
  run /usr/bin/python3 -c 'import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
source.backup(target)
target.close()' "$data_dir/state.sqlite" "$backup"
  run chmod 0600 "$backup"   # requests hold personal data
  [ -n "$owner" ] && run chown -R "$KIOSK_USER:$KIOSK_USER" "$data_dir/backups"
  if [ "$dry_run" = no ]; then
    ls -1 "$data_dir/backups" | LC_ALL=C sort | head -n -3 | while read -r old; do
      rm -f "${data_dir:?}/backups/$old"
    done
  fi
  say "state database copied to $backup"
fi
switch_to "$release"
if [ "$dry_run" = no ]; then
  ls -1 "$app_root/releases" | LC_ALL=C sort | head -n -3 | while read -r old; do
    [ "$old" = "$release" ] || rm -rf "${app_root:?}/releases/$old"
  done
fi
restart_kiosk
say "done: release $release is current"
