import { ORDER_KINDS } from '@shared/domain/codes';
import type { CapacityDoc } from '@shared/schemas/capacity';
import { capacityId } from '@shared/schemas/capacity';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecord } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { useStoreLocale } from '../../ui/locale';
import { showToast } from '../../ui/toast';

/** The coming days' limits per kind: type the figures, save once; each changed cell is one set_capacity. */
export function WeekLimits({ dates, capacity }: { dates: string[]; capacity: CapacityDoc[] }) {
  const { t } = useTranslation('manager');
  const { locale } = useStoreLocale();
  const record = useRecord();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const byId = new Map(capacity.map((c) => [c.id, c]));
  const shown = (id: string) => draft[id] ?? (byId.get(id)?.limit ?? '').toString();
  const dayName = (date: string) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${date}T12:00:00Z`));

  async function save(event: FormEvent) {
    event.preventDefault();
    let changes = 0;
    for (const [id, text] of Object.entries(draft)) {
      const [date, kind] = id.split(':') as [string, (typeof ORDER_KINDS)[number]];
      const limit = text.trim() === '' ? null : Math.max(0, Math.floor(Number(text)));
      if (limit !== null && !Number.isFinite(limit)) continue;
      if ((byId.get(id)?.limit ?? null) === limit) continue;
      await record('set_capacity', { date, kind, limit });
      changes += 1;
    }
    setDraft({});
    showToast(
      (lng) => (changes ? t('saved', { lng, count: changes }) : t('nothingChanged', { lng })),
      changes ? 'ok' : 'info',
    );
  }

  return (
    <section className="card dashboard__wide" aria-label={t('week')}>
      <h2>{t('week')}</h2>
      <p className="muted">{t('weekHint')}</p>
      <form onSubmit={save}>
        <table className="table week" aria-label={t('week')}>
          <thead>
            <tr>
              <th scope="col">{t('day')}</th>
              {ORDER_KINDS.map((k) => (
                <th key={k} scope="col">
                  {t(`kind.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dates.map((date) => (
              <tr key={date}>
                <th scope="row">{dayName(date)}</th>
                {ORDER_KINDS.map((kind) => {
                  const id = capacityId(date, kind);
                  const assigned = byId.get(id)?.assigned ?? 0;
                  return (
                    <td key={kind}>
                      <input
                        type="number"
                        min={0}
                        max={100000}
                        inputMode="numeric"
                        aria-label={t('limitFor', { kind: t(`kind.${kind}`), day: dayName(date) })}
                        value={shown(id)}
                        onChange={(e) => setDraft((d) => ({ ...d, [id]: e.target.value }))}
                      />
                      {assigned > 0 && <span className="muted"> {t('assignedOf', { assigned })}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <Button type="submit" variant="primary">
          {t('saveWeek')}
        </Button>
      </form>
    </section>
  );
}
