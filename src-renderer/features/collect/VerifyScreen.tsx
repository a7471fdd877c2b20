import { ID_TYPES, RECIPIENT_RELATIONS } from '@shared/domain/codes';
import type { OrderDoc } from '@shared/schemas/order';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Button } from '../../ui/Button';
import { ManagerApprovalDialog } from '../../ui/ManagerApproval';
import { RouteOrder } from '../../ui/RouteOrder';
import { NotToHandOver } from './parts/NotToHandOver';
import { OrderCard } from './parts/OrderCard';
import { Steps } from './parts/Steps';
import { checkProof, handoverBlocked, scannedCode } from './rules';
import { type HandoverDraft, useHandoverDraft } from './state';
import './collect.css';

const METHODS = ['pickup_code', 'id_document', 'order_confirmation'] as const;
const OTHERS = RECIPIENT_RELATIONS.filter((r) => r !== 'self');

/** Step 1 of a handover: check the person (code, ID, confirmation), and who collects. Required. */
export function VerifyScreen() {
  const { t } = useTranslation('collect');
  return (
    <RouteOrder title={t('title')} missing={t('missing')}>
      {(view) => <Verify order={view.order} pending={view.pending.length > 0} />}
    </RouteOrder>
  );
}

function Verify({ order, pending }: { order: OrderDoc; pending: boolean }) {
  const { t } = useTranslation('collect');
  const navigate = useNavigate();
  const { draft, update } = useHandoverDraft(order.id);
  const [overriding, setOverriding] = useState(false);

  /** Run the check; a wrong code is refused on screen (nothing recorded, the goods stay). */
  function check(patch: Partial<HandoverDraft> = {}) {
    const next = { ...draft, ...patch };
    const result = checkProof(order, next);
    if (result === 'ok') goodScan();
    update({
      ...patch,
      verified: result === 'ok',
      mismatch: result === 'mismatch' ? next.proof.trim() : '',
      overrideBy: '',
    });
  }

  useScan((scan) => {
    if (draft.method === 'id_document') {
      wrongScan(scan.code, t('verify.last4'));
      return;
    }
    const proof = draft.method === 'pickup_code' ? scannedCode(scan.code) : scan.code.trim();
    check({ proof });
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    check();
  }

  const recipientOk = !draft.thirdParty || draft.recipientName.trim().length > 0;
  const canContinue = draft.verified && recipientOk;

  return (
    <main className="page">
      <header className="page__header">
        <h1>{t('verify.title', { number: order.number })}</h1>
      </header>
      <Steps orderId={order.id} current="verify" verified={draft.verified} />
      <NotToHandOver order={order} />
      <OrderCard order={order} pending={pending} />
      <section className="card">
        <form className="form" onSubmit={submit}>
          <fieldset className="collect-choices">
            <legend>{t('verify.method')}</legend>
            {METHODS.map((method) => (
              <label key={method} className="collect-radio">
                <input
                  type="radio"
                  name="method"
                  value={method}
                  checked={draft.method === method}
                  onChange={() =>
                    update({ method, proof: '', verified: false, mismatch: '', overrideBy: '' })
                  }
                />
                {t(`verify.methods.${method}`)}
              </label>
            ))}
          </fieldset>

          {draft.method === 'pickup_code' && (
            <label>
              {t('verify.code')}
              <input
                value={draft.proof}
                autoComplete="off"
                onChange={(e) => update({ proof: e.target.value, verified: false, mismatch: '' })}
              />
              <small className="muted">{t('verify.codeHint')}</small>
            </label>
          )}
          {draft.method === 'id_document' && (
            <>
              <label>
                {t('verify.idType')}
                <select
                  value={draft.idType}
                  onChange={(e) =>
                    update({ idType: e.target.value as HandoverDraft['idType'], verified: false })
                  }
                >
                  <option value="">—</option>
                  {ID_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`verify.idTypes.${type}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('verify.last4')}
                <input
                  value={draft.proof}
                  inputMode="numeric"
                  maxLength={4}
                  autoComplete="off"
                  onChange={(e) => update({ proof: e.target.value.replace(/\D/g, ''), verified: false })}
                />
              </label>
            </>
          )}
          {draft.method === 'order_confirmation' && (
            <label>
              {t('verify.confirmation')}
              <input
                value={draft.proof}
                autoComplete="off"
                onChange={(e) => update({ proof: e.target.value, verified: false, mismatch: '' })}
              />
            </label>
          )}
          <Button type="submit">{t('verify.check')}</Button>

          {draft.verified && !draft.overrideBy && (
            <p role="status" className="collect-ok">
              {draft.method === 'pickup_code'
                ? t('verify.codeOk')
                : draft.method === 'id_document'
                  ? t('verify.idOk')
                  : t('verify.confirmationOk')}
            </p>
          )}
          {draft.overrideBy && (
            <p role="status" className="collect-warn">
              {t('verify.overridden', { manager: draft.overrideBy })}
            </p>
          )}
          {draft.mismatch && !draft.overrideBy && (
            <div role="alert" className="collect-refused">
              <p>
                {draft.method === 'pickup_code'
                  ? t('verify.codeWrong', { code: draft.mismatch })
                  : t('verify.confirmationWrong', { value: draft.mismatch })}
              </p>
              {draft.method === 'pickup_code' && (
                <Button variant="danger" onClick={() => setOverriding(true)}>
                  {t('verify.override')}
                </Button>
              )}
            </div>
          )}
        </form>
      </section>

      <section className="card form">
        <label className="collect-radio">
          <input
            type="checkbox"
            checked={draft.thirdParty}
            onChange={(e) => update({ thirdParty: e.target.checked })}
          />
          {t('verify.thirdParty')}
        </label>
        {draft.thirdParty && (
          <>
            <label>
              {t('verify.recipientName')}
              <input
                value={draft.recipientName}
                maxLength={200}
                onChange={(e) => update({ recipientName: e.target.value })}
              />
            </label>
            <label>
              {t('verify.relation')}
              <select
                value={draft.relation}
                onChange={(e) => update({ relation: e.target.value as HandoverDraft['relation'] })}
              >
                {OTHERS.map((r) => (
                  <option key={r} value={r}>
                    {t(`verify.relations.${r}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </section>

      <div className="collect-actions">
        <Button
          variant="primary"
          disabled={!canContinue || handoverBlocked(order)}
          onClick={() => navigate(`/collect/${encodeURIComponent(order.id)}/items`)}
        >
          {t('verify.next')}
        </Button>
        <Link className="btn" to={paths.orderCollect(order.id)}>
          {t('action.back')}
        </Link>
      </div>
      <ManagerApprovalDialog
        open={overriding}
        action="override_pickup_code"
        title={t('manager.title')}
        confirmLabel={t('manager.confirm')}
        onClose={() => setOverriding(false)}
        onApproved={(managerId) => {
          setOverriding(false);
          update({ verified: true, overrideBy: managerId });
        }}
      >
        <p>{t('manager.why')}</p>
      </ManagerApprovalDialog>
    </main>
  );
}
