import type { PrintOutcome } from '@shared/ipc/contract';
import type { OrderDoc } from '@shared/schemas/order';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObservable, useReplica, useStore } from '../data/hooks';
import { formatDateTime } from '../ui/format';
import { type DocumentChoice, documentsFor, type Translate } from './documents';
import { type Destination, pdfOutput } from './output';
import { printDocument } from './print';
import { printContext, returnsOf$ } from './sources';
import './print-menu.css';

/** The print button of an order: its documents, printed (shell) or opened as PDF (browser). */
export function PrintMenu({ order }: { order: OrderDoc }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="print-menu">
      <button
        type="button"
        aria-expanded={open}
        aria-label={t('print.menuFor', { number: order.number })}
        onClick={() => setOpen(!open)}
      >
        {t('print.menu')}
      </button>
      {open && <PrintChoices order={order} />}
    </div>
  );
}

function PrintChoices({ order }: { order: OrderDoc }) {
  const { t } = useTranslation();
  const replica = useReplica();
  const store = useStore();
  const output = useMemo(pdfOutput, []);
  const returns = useObservable(() => returnsOf$(replica, order.id), [], [replica, order.id]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const translate: Translate = (key, options) => t(key, options);

  function label(choice: DocumentChoice): string {
    const name = t(`print.document.${choice.kind}`);
    const returned = returns.find((r) => r.id === choice.returnId);
    if (!returned) return name;
    return `${name} · ${formatDateTime(returned.createdAt, store?.locale ?? 'fr-FR', store?.timezone ?? 'Europe/Paris')}`;
  }

  function run(choice: DocumentChoice, destination: Destination) {
    setBusy(true);
    setMessage(null);
    void printDocument(
      async () => choice.build(await printContext(replica, order, returns, translate)),
      destination,
      output,
    )
      .then((outcome) => setMessage(describe(outcome, destination)))
      .finally(() => setBusy(false));
  }

  function describe(
    outcome: PrintOutcome,
    destination: Destination,
  ): { text: string; alert: boolean } | null {
    if (!outcome.ok) {
      return outcome.failure === 'cancelled'
        ? null
        : { text: t('print.failed', { message: outcome.message }), alert: true };
    }
    if (destination === 'print') {
      const printer = outcome.destination === 'default' ? t('print.defaultPrinter') : outcome.destination;
      return { text: t('print.sent', { printer }), alert: false };
    }
    return destination === 'save'
      ? { text: t('print.saved', { path: outcome.destination }), alert: false }
      : null;
  }

  return (
    <div className="print-menu__panel">
      <ul>
        {documentsFor(order, returns).map((choice) => (
          <li key={choice.key}>
            <span>{label(choice)}</span>
            {output.destinations.map((destination) => (
              <button
                key={destination}
                type="button"
                disabled={busy}
                aria-label={`${label(choice)} — ${t(`print.to.${destination}`)}`}
                onClick={() => run(choice, destination)}
              >
                {t(`print.to.${destination}`)}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {busy && <p className="muted">{t('print.working')}</p>}
      {message && (
        <p role={message.alert ? 'alert' : 'status'} className={message.alert ? 'error' : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}
