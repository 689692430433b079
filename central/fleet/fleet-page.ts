import type { KioskStatus } from './kiosk-registry';

/** A kiosk is shown offline when it has missed this long without a heartbeat. */
export const offlineAfterMs = 90_000;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The technicians' fleet view: one row per kiosk that ever sent a heartbeat. */
export function renderFleetPage(kiosks: readonly KioskStatus[], now: Date): string {
  const rows = kiosks
    .map((k) => {
      const isOnline = now.getTime() - Date.parse(k.lastSeen) < offlineAfterMs;
      const devices = Object.entries(k.devices)
        .map(([name, level]) => `<span class="${level}">${escape(name)}: ${escape(level)}</span>`)
        .join(' ');
      return `<tr><td>${escape(k.kioskId)}</td><td class="${isOnline ? 'ok' : 'failed'}">${isOnline ? 'online' : 'offline'}</td><td>${escape(k.version)}</td>
        <td>${k.queueDepth}</td><td>${k.oldestUnsyncedAgeS === null ? '-' : Math.round(k.oldestUnsyncedAgeS)}</td><td>${k.storedCount}</td><td>${devices}</td><td>${escape(k.lastSeen)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kiosk fleet</title>
<style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .6rem;text-align:start}
.ok{color:#075e0b}.degraded{color:#8a5a00}.failed{color:#a00000;font-weight:bold}</style></head><body>
<h1>Kiosk fleet</h1><p>${kiosks.length} kiosk(s); generated ${escape(now.toISOString())}</p>
<table><thead><tr><th>Kiosk</th><th>Status</th><th>Version</th><th>Queue</th><th>Oldest unsynced (s)</th><th>Stored</th><th>Devices</th><th>Last heartbeat</th></tr></thead>
<tbody>${rows || '<tr><td colspan="8">No kiosk has reported yet.</td></tr>'}</tbody></table></body></html>`;
}
