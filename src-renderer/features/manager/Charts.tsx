import type { HourFigures } from '@shared/manager/day';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';

const COLORS = { picked: '#1f3a5f', packed: '#2f7d6d', handedOver: '#b45309', backlog: '#1f3a5f' };
const TICK = { fontSize: 15, fill: '#17212b' };
/** The legend in the bars' order (picked, packed, handed over) in every language, not sorted by label. */
const SERIES = ['picked', 'packed', 'handedOver'];
const bySeries = (item: { dataKey?: unknown }) => SERIES.indexOf(String(item.dataKey));

/**
 * Charts are drawn with recharts (SVG, no inline <style>, so it runs under the
 * shell's CSP) and each carries its numbers as a table for screen readers and tests.
 */
export function ThroughputChart({ hours }: { hours: HourFigures[] }) {
  const { t } = useTranslation('manager');
  const data = hours.map((h) => ({ ...h, label: `${String(h.hour).padStart(2, '0')}h` }));
  return (
    <figure className="chart" aria-label={t('throughput')}>
      <BarChart
        responsive
        style={{ width: '100%', height: 260 }}
        data={data}
        margin={{ top: 8, right: 8, left: -8 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} />
        <Legend wrapperStyle={{ fontSize: 15 }} itemSorter={bySeries} />
        <Bar dataKey="picked" name={t('picked')} fill={COLORS.picked} isAnimationActive={false} />
        <Bar dataKey="packed" name={t('packed')} fill={COLORS.packed} isAnimationActive={false} />
        <Bar dataKey="handedOver" name={t('handedOver')} fill={COLORS.handedOver} isAnimationActive={false} />
      </BarChart>
      <table className="sr-only" aria-label={t('throughput')}>
        <thead>
          <tr>
            <th scope="col">{t('hour')}</th>
            <th scope="col">{t('picked')}</th>
            <th scope="col">{t('packed')}</th>
            <th scope="col">{t('handedOver')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((h) => (
            <tr key={h.hour}>
              <th scope="row">{h.label}</th>
              <td>{h.picked}</td>
              <td>{h.packed}</td>
              <td>{h.handedOver}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Horizontal bars with the value at the end: readable at arm's length. */
export function CountBars({ title, rows }: { title: string; rows: { label: string; value: number }[] }) {
  return (
    <figure className="chart" aria-label={title}>
      <BarChart
        responsive
        layout="vertical"
        style={{ width: '100%', height: Math.max(120, rows.length * 40) }}
        data={rows}
        margin={{ top: 0, right: 40, left: 8, bottom: 0 }}
      >
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={170} tick={TICK} />
        <Bar dataKey="value" fill={COLORS.backlog} isAnimationActive={false} barSize={24}>
          <LabelList dataKey="value" position="right" style={{ fontSize: 15, fill: '#17212b' }} />
        </Bar>
      </BarChart>
      <table className="sr-only" aria-label={title}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
