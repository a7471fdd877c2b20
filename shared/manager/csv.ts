import type { DayFigures } from './day';

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The day's figures as CSV rows `section,key,detail,value` (codes, not words: for head office's tools). */
export function dayCsv(storeId: string, day: DayFigures): string {
  const rows: (string | number | null)[][] = [['section', 'key', 'detail', 'value']];
  rows.push(['day', 'store', '', storeId], ['day', 'date', '', day.date], ['day', 'at', '', day.now]);
  for (const c of day.capacity) {
    rows.push(['capacity', c.kind, 'limit', c.limit], ['capacity', c.kind, 'assigned', c.assigned]);
    rows.push(['capacity', c.kind, 'paused', c.paused ? 'yes' : 'no']);
  }
  for (const f of day.flagged) rows.push(['flagged', f.number, f.kind, f.reason]);
  for (const [stage, n] of Object.entries(day.backlog)) rows.push(['backlog', stage, '', n]);
  for (const [k, n] of Object.entries(day.aging)) rows.push(['aging', k, '', n]);
  for (const h of day.throughput) {
    const hour = `${String(h.hour).padStart(2, '0')}:00`;
    rows.push(['throughput', hour, 'picked', h.picked], ['throughput', hour, 'packed', h.packed]);
    rows.push(['throughput', hour, 'handed_over', h.handedOver]);
  }
  for (const a of day.associates) {
    rows.push(['associate', a.staffId, 'picked', a.picked], ['associate', a.staffId, 'packed', a.packed]);
    rows.push(['associate', a.staffId, 'handed_over', a.handedOver]);
  }
  for (const r of day.rejectionReasons) rows.push(['rejection_reason', r.key, '', r.count]);
  for (const r of day.rejectedItems) rows.push(['rejected_item', r.key, r.name, r.count]);
  for (const w of day.collectWaiting) rows.push(['collect_waiting', w.number, w.why, w.since]);
  for (const [k, n] of Object.entries(day.tasks)) rows.push(['open_tasks', k, '', n]);
  const f = day.forecast;
  rows.push(['forecast', 'status', '', f.status], ['forecast', 'cleared_at', '', f.clearedAt]);
  rows.push(['forecast', 'closes_at', '', f.closesAt], ['forecast', 'hours_needed', '', f.hoursNeeded]);
  for (const [k, v] of Object.entries(f.inputs)) rows.push(['forecast_input', k, '', v]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
