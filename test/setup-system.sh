#!/usr/bin/env bash
# Installs the Debian packages the kiosk's tests use. Idempotent: packages already
# present are not fetched again. Run as root (CI does): sudo test/setup-system.sh
set -euo pipefail

packages=(
  # smart cards: the PC/SC daemon, its headers for the pcsclite addon, a virtual reader
  pcscd libpcsclite-dev pcsc-tools vsmartcard-vpcd
  # A4 printing through a private cupsd, and reading the PDFs back
  cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils
  # speech
  espeak-ng
  # browser tests (Debian's Chromium, driven by playwright-core) and their fonts
  chromium fonts-noto-core
  # pseudo-terminal pairs for the serial and device-file transports
  socat
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-system: run as root to install: ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Debian starts no daemons without systemd; the tests start pcscd and their own cupsd.
echo "setup-system: installed ${missing[*]}"
