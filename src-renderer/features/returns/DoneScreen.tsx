import type { ReturnDoc } from '@shared/schemas/return';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePendingIds, useReplica, useStore } from '../../data/hooks';
import { returnReceipt } from '../../print/documents';
import { type Destination, pdfOutput } from '../../print/output';
import { printDocument } from '../../print/print';
import { Button } from '../../ui/Button';
import { Money } from '../../ui/Format';
import { refundAmount, returnPayload } from './draft';
import { MissingDraft } from './ItemsScreen';
import { returnPaths } from './paths';
import { useDraftFor, useReturnDraft } from './state';
import './returns.css';

/** Step 4: recorded. Receipt printed or saved as PDF; the refund goes to the OMS with the next sync. */
export function DoneScreen() {
  const { t } = useTranslation('returns');
  const { t: common } = useTranslation();
  const { returnId = '' } = useParams();
  const navigate = useNavigate();
  const draft = useDraftFor(returnId);
  const store = useStore();
  const replica = useReplica();
  const pending = usePendingIds();
  const output = useMemo(pdfOutput, []);
  const [message, setMessage] = useState('');

  if (!draft?.recordedAt) return <MissingDraft />;
  const payload = returnPayload(draft);
  const waiting = pending.has(draft.commandId);

  const returned: ReturnDoc = {
    id: draft.returnId,
    orderId: draft.orderId,
    orderNumber: draft.orderNumber,
    lines: payload.lines,
    refund: payload.refund,
    staffId: '',
    deviceId: replica.credentials.deviceId,
    commandId: draft.commandId,
    createdAt: draft.recordedAt,
    seq: 0,
    updatedAt: draft.recordedAt,
  };

  function print(destination: Destination) {
    setMessage('');
    void printDocument(
      async () => {
        const products = await replica.views.products(returned.lines.map((l) => l.sku));
        return returnReceipt(returned, {
          store: store ?? {
            name: '',
            locale: 'fr-FR',
            timezone: 'Europe/Paris',
            currency: draft?.currency ?? 'EUR',
          },
          products,
          t: (key, options) => common(key, options),
          now: new Date().toISOString(),
        });
      },
      destination,
      output,
    ).then((outcome) => {
      if (!outcome.ok && outcome.failure !== 'cancelled')
        setMessage(common('print.failed', { message: outcome.message }));
    });
  }

  return (
    <main className="page returns">
      <header className="page__header">
        <h1>{t('doneTitle')}</h1>
      </header>
      <section className="card" aria-label={t('doneTitle')}>
        <p>
          {t('doneSummary', {
            count: payload.lines.reduce((n, l) => n + l.qty, 0),
            number: draft.orderNumber || t('noOrder'),
          })}
        </p>
        <p>
          {t('refundIs')}{' '}
          <strong>
            <Money minor={refundAmount(draft)} />
          </strong>{' '}
          — {t(`methods.${draft.method}`)}
        </p>
        <p role="status">{waiting ? t('waitingSync') : t('synced')}</p>
        <p className="muted">{t('noPaymentHere')}</p>
      </section>
      <section className="card">
        <h2>{t('receipt')}</h2>
        {output.destinations.map((d) => (
          <Button key={d} onClick={() => print(d)}>
            {t(`receiptTo.${d}`)}
          </Button>
        ))}
        {message && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
      </section>
      <Button
        variant="primary"
        onClick={() => {
          useReturnDraft.getState().clear();
          navigate(returnPaths.find);
        }}
      >
        {t('newReturn')}
      </Button>
    </main>
  );
}
