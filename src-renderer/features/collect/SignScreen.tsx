import type { OrderDoc } from '@shared/schemas/order';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useStore } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { RouteOrder } from '../../ui/RouteOrder';
import { NotToHandOver } from './parts/NotToHandOver';
import { OrderCard } from './parts/OrderCard';
import { SignaturePad } from './parts/SignaturePad';
import { Steps } from './parts/Steps';
import { useCounterRecord } from './parts/useCounterRecord';
import { handoverBlocked, handoverPayload, planOf, planProblem } from './rules';
import { useHandoverDraft } from './state';
import './collect.css';

/** Step 3: the customer signs; "Hand over" records what leaves, to whom, checked how. */
export function SignScreen() {
  const { t } = useTranslation('collect');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <Sign order={view.order} pending={view.pending.length > 0} />}
    </RouteOrder>
  );
}

function Sign({ order, pending }: { order: OrderDoc; pending: boolean }) {
  const { t, i18n } = useTranslation('collect');
  const navigate = useNavigate();
  const store = useStore();
  const record = useCounterRecord();
  const { draft, update, clear } = useHandoverDraft(order.id);
  const [busy, setBusy] = useState(false);
  const plan = planOf(order, draft);
  const problem = planProblem(order, draft, store?.settings.handoverScan ?? false);
  const taken = plan.reduce((n, p) => n + p.take, 0);
  const refused = plan.reduce((n, p) => n + p.refuse, 0);
  const name = draft.thirdParty ? draft.recipientName : order.customer.name;
  const relation = t(`verify.relations.${draft.thirdParty ? draft.relation : 'self'}`).toLocaleLowerCase(
    i18n.language,
  );
  const ready = draft.verified && !problem && draft.signature !== '' && !handoverBlocked(order);

  async function handOver() {
    setBusy(true);
    const id = await record('handover', handoverPayload(order, draft));
    setBusy(false);
    if (!id) return;
    clear();
    navigate(
      `/collect/${encodeURIComponent(order.id)}/done?taken=${taken}&refused=${refused}&to=${encodeURIComponent(name)}`,
    );
  }

  return (
    <main className="page">
      <header className="page__header">
        <h1>{t('sign.title', { number: order.number })}</h1>
      </header>
      <Steps orderId={order.id} current="sign" verified={draft.verified} />
      <NotToHandOver order={order} />
      <OrderCard order={order} pending={pending} />
      {!draft.verified && (
        <p role="alert" className="collect-refused">
          {t('verify.required')}{' '}
          <Link to={`/collect/${encodeURIComponent(order.id)}/verify`}>{t('steps.verify')}</Link>
        </p>
      )}
      <section className="card">
        <p>
          {t('sign.summary', {
            name,
            relation,
            method: t(`verify.methods.${draft.method}`),
          })}
        </p>
        <ul className="list">
          {plan
            .filter((p) => p.take > 0)
            .map((p) => (
              <li key={p.lineId} className="list__row">
                {p.take} × {order.lines.find((l) => l.id === p.lineId)?.name}
              </li>
            ))}
        </ul>
        {refused > 0 && <p className="collect-warn">{t('sign.refusedSummary', { count: refused })}</p>}
        <p className="muted">{t('sign.padHint')}</p>
        <SignaturePad value={draft.signature} onChange={(signature) => update({ signature })} />
        {draft.verified && !draft.signature && <p className="muted">{t('sign.needSignature')}</p>}
      </section>
      <div className="collect-actions">
        <Button variant="primary" disabled={!ready || busy} onClick={() => void handOver()}>
          {t('sign.confirm')}
        </Button>
        <Link className="btn" to={paths.orderCollect(order.id)}>
          {t('action.back')}
        </Link>
      </div>
    </main>
  );
}
