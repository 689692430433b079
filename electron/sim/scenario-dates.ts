// Days a scenario types into date fields, counted from the real today (the embedded central
// judges them against its own clock, which is the same one).
const dayMs = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Friday and Saturday are the weekend for service centres. */
const isWeekend = (ms: number) => [5, 6].includes(new Date(ms).getUTCDay());

export function dayFromToday(ahead: number | 'next-working-day' | 'next-friday', now: Date = new Date()): string {
  const today = Date.parse(`${iso(now.getTime())}T00:00:00Z`);
  if (typeof ahead === 'number') return iso(today + ahead * dayMs);
  for (let day = today + dayMs; ; day += dayMs) {
    if (ahead === 'next-friday' ? new Date(day).getUTCDay() === 5 : !isWeekend(day)) return iso(day);
  }
}
