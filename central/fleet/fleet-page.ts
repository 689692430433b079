// The ministry staff's fleet view: one row per kiosk that ever sent a heartbeat, with each
// device's level and the reason it gave, the sync queue, the version and the audit head.
// A staff page of the central in English, as the rest of the central's own pages; kiosks'
// screens take their words from locales/, this page shows the kiosks' reason codes as sent.
import type { KioskStatus } from './kiosk-registry';

/** A kiosk is shown offline when it has missed this long without a heartbeat. */
export const offlineAfterMs = 90_000;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "42 s", "3 min 5 s", "2 h 4 min", "3 d 2 h": how long, at a glance. */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3_600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  if (s < 86_400) return `${Math.floor(s / 3_600)} h ${Math.floor((s % 3_600) / 60)} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3_600)} h`;
}

function devicesCell(k: KioskStatus): string {
  const items = Object.entries(k.devices).map(([role, level]) => {
    const reason = k.reasons[role];
    return `<li class="${level}">${escape(role)}: ${escape(level)}${reason === undefined ? '' : ` (${escape(reason)})`}</li>`;
  });
  return items.length === 0 ? '-' : `<ul>${items.join('')}</ul>`;
}

function kioskRow(k: KioskStatus, now: Date): string {
  const silentMs = now.getTime() - Date.parse(k.lastSeen);
  const isOnline = silentMs < offlineAfterMs;
  const oldest = k.oldestUnsyncedAgeS === null ? '-' : formatAge(k.oldestUnsyncedAgeS);
  const audit = k.auditAnchor === null ? '-' : `row ${k.auditAnchor.rows} <code>${escape(k.auditAnchor.headHash.slice(0, 12))}…</code>`;
  return `<tr><td>${escape(k.kioskId)}</td><td class="${isOnline ? 'ok' : 'failed'}">${isOnline ? 'online' : 'offline'}</td><td>${escape(k.version)}</td>
    <td>${devicesCell(k)}</td><td>${k.queueDepth}</td><td>${oldest}</td><td>${k.storedCount}</td><td>${audit}</td>
    <td>${escape(k.lastSeen)} (${formatAge(silentMs / 1000)} ago)</td></tr>`;
}

export function renderFleetPage(kiosks: readonly KioskStatus[], now: Date): string {
  const rows = kiosks.map((k) => kioskRow(k, now)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kiosk fleet</title>
<style>body{font-family:sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .6rem;text-align:start;vertical-align:top}
ul{margin:0;padding-inline-start:1rem}.ok{color:#075e0b}.degraded{color:#8a5a00}.failed{color:#a00000;font-weight:bold}</style></head><body>
<h1>Kiosk fleet</h1><p>${kiosks.length} kiosk(s); generated ${escape(now.toISOString())}</p>
<table><thead><tr><th>Kiosk</th><th>Status</th><th>Version</th><th>Devices (level, reason)</th><th>Queue</th><th>Oldest unsynced</th><th>Stored</th><th>Audit head</th><th>Last heartbeat</th></tr></thead>
<tbody>${rows || '<tr><td colspan="9">No kiosk has reported yet.</td></tr>'}</tbody></table></body></html>`;
}
