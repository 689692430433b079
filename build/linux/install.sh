#!/usr/bin/env bash
# Turns a Debian PC into a kiosk: the app alone under cage on tty1, as user `kiosk`,
# restarted on exit, no spare consoles. Run as root with the installer built by
# `npm run dist`:   sudo build/linux/install.sh release/moi-kiosk_0.1.0_amd64.deb
#            or:    sudo build/linux/install.sh "release/MOI Kiosk-0.1.0-x86_64.AppImage"
# KIOSK_ROOT=<dir> installs the files under <dir> instead of / (image builders, tests).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${KIOSK_ROOT:-}"
package="${1:-}"
user=kiosk
state_dir=/var/lib/moi-kiosk

say() { printf 'moi-kiosk install: %s\n' "$*"; }
die() { say "$*" >&2; exit 1; }

[[ -n "$package" ]] || die "usage: install.sh <moi-kiosk .deb or .AppImage>"
[[ -f "$package" ]] || die "no such file: $package"
[[ -n "$root" || "$(id -u)" == 0 ]] || die "run as root"

# 1. The compositor and the card-reader daemon.
say "installing cage and pcscd"
apt-get install -y --no-install-recommends cage pcscd

# 2. A dedicated user: no password, no shell, home in the state folder; only the groups
#    that reach the display, input, sound and the printer/keypad devices.
if ! id -u "$user" >/dev/null 2>&1; then
  say "creating user $user"
  groups=()
  for group in video render input audio lp dialout plugdev; do
    getent group "$group" >/dev/null 2>&1 && groups+=("$group")
  done
  useradd --system --create-home --home-dir "$state_dir" --shell /usr/sbin/nologin \
    --comment "MOI kiosk session" ${groups[@]+--groups "$(IFS=,; echo "${groups[*]}")"} "$user"
fi
install -d -o "$user" -g "$user" -m 0750 "$root$state_dir" "$root$state_dir/data" "$root$state_dir/app"

# 3. The app: a .deb through apt (dependencies resolved); an AppImage into the state folder,
#    owned by the kiosk user so the self-updater may replace it, linked as /usr/bin/moi-kiosk.
case "$package" in
  *.deb)
    say "installing $package"
    apt-get install -y "$(realpath "$package")"
    ;;
  *.AppImage)
    say "installing $package"
    install -o "$user" -g "$user" -m 0755 "$package" "$root$state_dir/app/moi-kiosk.AppImage"
    install -d "$root/usr/bin"
    ln -sfn "$state_dir/app/moi-kiosk.AppImage" "$root/usr/bin/moi-kiosk"
    ;;
  *) die "expected a .deb or an .AppImage: $package" ;;
esac

# 4. The config: kept if present (it names this kiosk), else the template to edit.
install -d -o root -g "$user" -m 0750 "$root/etc/moi-kiosk"
if [[ ! -f "$root/etc/moi-kiosk/config.json" ]]; then
  install -o root -g "$user" -m 0640 "$here/config.json" "$root/etc/moi-kiosk/config.json"
  say "edit /etc/moi-kiosk/config.json (kioskId, central.url, devices) before rebooting"
fi

# 5. The session: units, PAM stack, no spare VTs, no Ctrl+Alt+Del reboot.
install -d "$root/etc/systemd/system" "$root/etc/pam.d" "$root/etc/systemd/logind.conf.d"
install -m 0644 "$here/moi-kiosk.service" "$here/moi-kiosk-retry.service" "$here/moi-kiosk-retry.timer" "$root/etc/systemd/system/"
install -m 0644 "$here/pam.d/moi-kiosk" "$root/etc/pam.d/moi-kiosk"
install -m 0644 "$here/logind-moi-kiosk.conf" "$root/etc/systemd/logind.conf.d/moi-kiosk.conf"

say "enabling the kiosk session on tty1"
systemctl daemon-reload
systemctl mask ctrl-alt-del.target getty@tty1.service
systemctl set-default graphical.target
systemctl enable moi-kiosk.service

say "done: reboot to start the kiosk (logs: journalctl -u moi-kiosk, $state_dir/data/logs/kiosk.log)"
