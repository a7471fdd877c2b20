import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { usePreview, useRecord } from '../../data/hooks';
import { Button } from '../../ui/Button';
import { Money } from '../../ui/Format';
import { chosen, computedRefund, REFUND_CHOICES, refundAmount, returnPayload } from './draft';
import { MissingDraft } from './ItemsScreen';
import { RefundEdit } from './parts/RefundEdit';
import { returnPaths } from './paths';
import { useDraftFor, useReturnDraft } from './state';
import './returns.css';

/** Step 3: the refund the OMS will pay — computed from the order's prices, method chosen; then record. */
export function RefundScreen() {
  const { t } = useTranslation('returns');
  const { returnId = '' } = useParams();
  const navigate = useNavigate();
  const draft = useDraftFor(returnId);
  const { setMethod, setOverride, recorded } = useReturnDraft.getState();
  const preview = usePreview();
  const record = useRecord();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  if (!draft) return <MissingDraft />;
  if (draft.recordedAt) return <Navigate to={returnPaths.done(draft.returnId)} replace />;
  const lines = chosen(draft);
  const methods = draft.orderId || draft.orderNumber ? REFUND_CHOICES : REFUND_CHOICES.slice(1);

  async function confirm() {
    if (!draft || busy) return;
    setBusy(true);
    try {
      const payload = returnPayload(draft);
      const outcome = await preview('create_return', payload);
      if (outcome.status === 'rejected') {
        setProblem(outcome.reason);
        return;
      }
      const commandId = await record('create_return', payload);
      recorded(commandId, new Date().toISOString());
      navigate(returnPaths.done(draft.returnId));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="page returns">
      <header className="page__header">
        <h1>{t('refundTitle')}</h1>
      </header>
      <section className="card">
        <table className="table" aria-label={t('summary')}>
          <thead>
            <tr>
              <th>{t('item')}</th>
              <th>{t('qtyHeader')}</th>
              <th>{t('amount')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.key}>
                <td>
                  {l.name} <span className="muted">({l.sku})</span>
                  <br />
                  <span className="muted">
                    {t(`reasons.${l.reason || 'other'}`)} · {t(`conditions.${l.condition}`)} ·{' '}
                    {t(`dispositions.${l.disposition}`)}
                  </span>
                </td>
                <td>{l.qty}</td>
                <td>
                  <Money minor={l.qty * l.unitPrice} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="returns__total">
          {t('refundIs')}{' '}
          <output aria-label={t('refundAmount')}>
            <Money minor={refundAmount(draft)} />
          </output>
        </p>
        {draft.override && (
          <p className="muted">
            {t('overridden', { manager: draft.override.managerId, reason: draft.override.reason })}{' '}
            {t('computedWas')} <Money minor={computedRefund(draft)} />
          </p>
        )}
        <Button onClick={() => setEditing(true)}>{t('editAmount')}</Button>
        {draft.override && <Button onClick={() => setOverride(null)}>{t('undoEdit')}</Button>}
      </section>
      <fieldset className="card">
        <legend>{t('method')}</legend>
        {methods.map((m) => (
          <label key={m} className="returns__radio">
            <input type="radio" name="method" checked={draft.method === m} onChange={() => setMethod(m)} />
            {t(`methods.${m}`)}
          </label>
        ))}
      </fieldset>
      <p className="card card--warning" role="note">
        {t('noPaymentHere')}
      </p>
      {problem && (
        <p role="alert" className="error">
          {t(`problem.${problem}`, { defaultValue: t('problem.other') })}
        </p>
      )}
      <footer className="returns__footer">
        <Link className="btn btn--plain" to={returnPaths.items(draft.returnId)}>
          {t('back')}
        </Link>
        <Button variant="primary" disabled={busy || lines.length === 0} onClick={() => void confirm()}>
          {t('record')}
        </Button>
      </footer>
      <RefundEdit
        open={editing}
        computed={computedRefund(draft)}
        onClose={() => setEditing(false)}
        onApproved={(override) => {
          setOverride(override);
          setEditing(false);
        }}
      />
    </main>
  );
}
