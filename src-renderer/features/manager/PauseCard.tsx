import { isPaused } from '@shared/domain/capacity';
import { ORDER_KINDS, type OrderKind, RELEASE_REASONS } from '@shared/domain/codes';
import { storeLocalDate, zonedInstant } from '@shared/domain/time';
import type { StoreDoc } from '@shared/schemas/store';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecord } from '../../data/hooks';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { useStoreLocale } from '../../ui/locale';
import { TimeField } from '../../ui/TimeField';

/** One switch per kind of order: pause (with an optional reason and end time) or resume. */
export function PauseCard({ store, now }: { store: StoreDoc; now: string }) {
  const { t } = useTranslation('manager');
  return (
    <section className="card" aria-label={t('pauses')}>
      <h2>{t('pauses')}</h2>
      <p className="muted">{t('pauseHint')}</p>
      {ORDER_KINDS.map((kind) => (
        <PauseSwitch key={kind} kind={kind} store={store} now={now} />
      ))}
    </section>
  );
}

function PauseSwitch({ kind, store, now }: { kind: OrderKind; store: StoreDoc; now: string }) {
  const { t } = useTranslation('manager');
  const { locale, timeZone } = useStoreLocale();
  const record = useRecord();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const id = useId();
  const pause = store.fulfilment[kind];
  const paused = isPaused(pause, now);
  const name = t(`kind.${kind}`);
  // "Release all" pauses with its reason's code; a pause by hand carries the manager's own words.
  const reasonWords = (reason: string) =>
    (RELEASE_REASONS as readonly string[]).includes(reason) ? t(`releaseReasons.${reason}`) : reason;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));

  async function confirm(event: FormEvent) {
    event.preventDefault();
    // The end time is typed on the store's clock: today, or tomorrow if that time has passed.
    let end = '';
    if (until) {
      const today = storeLocalDate(now, store.timezone);
      end = zonedInstant(today, until, store.timezone).toISOString();
      if (end <= now) end = new Date(Date.parse(end) + 86_400_000).toISOString();
    }
    await record('pause_fulfilment', {
      kind,
      paused: true,
      reason: reason.trim(),
      ...(end ? { until: end } : {}),
    });
    setEditing(false);
    setReason('');
    setUntil('');
  }

  return (
    <div className="pause">
      <div className="pause__state">
        <strong>{name}</strong>{' '}
        {paused ? <Badge tone="warn">{t('paused')}</Badge> : <Badge tone="ok">{t('active')}</Badge>}
        {paused && (
          <span className="muted">
            {' '}
            {pause.reason && `${t('pausedBecause', { reason: reasonWords(pause.reason) })} `}
            {pause.until && t('pausedUntil', { when: time(pause.until) })}
          </span>
        )}
      </div>
      {paused ? (
        <Button onClick={() => record('pause_fulfilment', { kind, paused: false, reason: '' })}>
          {t('resume', { kind: name })}
        </Button>
      ) : editing ? (
        <form className="pause__form" onSubmit={confirm} aria-label={t('pause', { kind: name })}>
          <label htmlFor={`${id}-reason`}>{t('pauseReason')}</label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={200}
            onChange={(e) => setReason(e.target.value)}
          />
          <span>{t('pauseUntil')}</span>
          <TimeField label={t('pauseUntil')} value={until} optional onChange={setUntil} />
          <div className="pause__actions">
            <Button onClick={() => setEditing(false)}>{t('cancel')}</Button>
            <Button type="submit" variant="danger">
              {t('confirmPause')}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="danger" onClick={() => setEditing(true)}>
          {t('pause', { kind: name })}
        </Button>
      )}
    </div>
  );
}
