#!/usr/bin/env bash
# Start CUPS without systemd (when it is not running) and set up the cups-pdf slip queue
# SlipPDF (80x120 mm pages), whose PDFs land in /var/spool/cups-pdf/out. Idempotent; about
# 50 ms when everything is already in place. Used by the tests and on kiosks without a printer.
#   deploy/start-cups.sh            start cupsd, make sure SlipPDF exists, is enabled and accepts
set -euo pipefail
queue=${SLIP_PDF_QUEUE:-SlipPDF}
out=${CUPS_PDF_OUT:-/var/spool/cups-pdf/out}
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

if ! command -v cupsd >/dev/null && [ ! -x /usr/sbin/cupsd ]; then
  echo "start-cups: CUPS is not installed (deploy/bootstrap.sh installs it)" >&2
  exit 1
fi

# cups-pdf writes every job into one known folder (default: the job owner's ~/PDF).
conf=/etc/cups/cups-pdf.conf
if ! grep -qx "Out $out" "$conf" || ! grep -qx "AnonDirName $out" "$conf" \
    || ! grep -qx "UserUMask 0022" "$conf"; then
  # UserUMask: the PDFs are readable by the tests and the screenshot maker, not only by root.
  "${sudo_cmd[@]}" sed -i -e "s|^#\?Out .*|Out $out|" -e "s|^#\?AnonDirName .*|AnonDirName $out|" \
    -e "s|^#\?UserUMask .*|UserUMask 0022|" "$conf"
fi
"${sudo_cmd[@]}" mkdir -p "$out"
"${sudo_cmd[@]}" chmod 0755 "$out"

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  "${sudo_cmd[@]}" mkdir -p /run/cups
  # Without -f cupsd puts itself in the background once it listens.
  "${sudo_cmd[@]}" /usr/sbin/cupsd
  for _ in $(seq 400); do   # up to 20 s; about 0.1 s here
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.05
  done
  lpstat -r 2>/dev/null | grep -q "is running" || {
    echo "start-cups: cupsd did not start (see /var/log/cups/error_log)" >&2
    exit 1
  }
fi

if ! lpstat -p "$queue" >/dev/null 2>&1; then
  # lpadmin warns that PPD drivers are deprecated; cups-pdf has nothing else yet.
  "${sudo_cmd[@]}" lpadmin -p "$queue" -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd \
    -o PageSize=Custom.80x120mm -E 2>/dev/null
  lpstat -p "$queue" >/dev/null 2>&1 || { echo "start-cups: cannot create queue $queue" >&2; exit 1; }
fi
# A queue left stopped or rejecting (by a test, or by staff) is put back in service.
"${sudo_cmd[@]}" cupsenable "$queue"
"${sudo_cmd[@]}" cupsaccept "$queue"
