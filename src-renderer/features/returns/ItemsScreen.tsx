import { normalizeGtin } from '@shared/domain/barcode';
import { DISPOSITIONS, ITEM_CONDITIONS, type ItemCondition, RETURN_REASONS } from '@shared/domain/codes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useFindByCode, usePreview } from '../../data/hooks';
import { goodScan, wrongScan } from '../../scan/feedback';
import { useScan } from '../../scan/react';
import { Button } from '../../ui/Button';
import { Money } from '../../ui/Format';
import { type DraftLine, dispositionFor, readyForRefund, returnPayload } from './draft';
import { returnPaths } from './paths';
import { useDraftFor, useReturnDraft } from './state';
import './returns.css';

/** Step 2: which items come back, how many, why, in what state and where they go. Items are scanned to add them. */
export function ItemsScreen() {
  const { t } = useTranslation('returns');
  const { returnId = '' } = useParams();
  const navigate = useNavigate();
  const draft = useDraftFor(returnId);
  const { setLine, addProduct } = useReturnDraft.getState();
  const find = useFindByCode();
  const preview = usePreview();
  const [problem, setProblem] = useState('');

  async function scanned(code: string) {
    if (!draft) return;
    const gtin = normalizeGtin(code.trim());
    const line = draft.lines.find((l) => l.barcodes.some((b) => normalizeGtin(b) === gtin));
    if (line && draft.orderId) {
      if (line.max !== null && line.qty >= line.max) {
        wrongScan(code, t('nothingLeft', { name: line.name }));
        return;
      }
      goodScan();
      setLine(line.key, { qty: line.qty + 1 });
      return;
    }
    const found = await find(code);
    if (found && 'product' in found && !draft.orderId) {
      goodScan();
      addProduct(found.product);
      return;
    }
    wrongScan(code, draft.orderId ? t('expectedLineOf', { number: draft.orderNumber }) : t('expectedItem'));
  }
  useScan((scan) => void scanned(scan.code));

  if (!draft) return <MissingDraft />;

  async function next() {
    if (!draft) return;
    // The reducer says whether these quantities can come back (sold minus already returned);
    // the refund is checked on the next step.
    const payload = returnPayload(draft);
    const outcome = await preview('create_return', { ...payload, refund: { ...payload.refund, amount: 0 } });
    if (outcome.status === 'rejected' || outcome.reason === 'returned_more_than_sold') {
      setProblem(outcome.reason);
      return;
    }
    setProblem('');
    navigate(returnPaths.refund(draft.returnId));
  }

  return (
    <main className="page returns">
      <header className="page__header">
        <h1>{draft.orderNumber ? t('itemsTitle', { number: draft.orderNumber }) : t('itemsTitleNoOrder')}</h1>
        {draft.customerName && <p className="muted">{draft.customerName}</p>}
      </header>
      {draft.source === 'none' && (
        <p className="card card--warning" role="note">
          {draft.orderNumber ? t('unlinkedNote', { number: draft.orderNumber }) : t('noOrderNote')}
        </p>
      )}
      {draft.source === 'service' && <p className="muted">{t('fromService')}</p>}
      <p className="muted">{t('scanToAdd')}</p>
      {draft.lines.length === 0 && <p className="card">{t('noLinesYet')}</p>}
      <ul className="returns__lines" aria-label={t('lines')}>
        {draft.lines.map((line) => (
          <ReturnLine key={line.key} line={line} />
        ))}
      </ul>
      {problem && (
        <p role="alert" className="error">
          {t(`problem.${problem}`, { defaultValue: t('problem.other') })}
        </p>
      )}
      <footer className="returns__footer">
        <Link className="btn btn--plain" to={returnPaths.find}>
          {t('back')}
        </Link>
        <Button variant="primary" disabled={!readyForRefund(draft)} onClick={() => void next()}>
          {t('toRefund')}
        </Button>
      </footer>
    </main>
  );
}

function ReturnLine({ line }: { line: DraftLine }) {
  const { t } = useTranslation('returns');
  const { setLine } = useReturnDraft.getState();
  const max = line.max ?? 999;
  const label = `${line.name} (${line.sku})`;
  return (
    <li className="returns__line" aria-label={label}>
      <div className="returns__line-head">
        <strong>{line.name}</strong>
        <span className="muted">
          {line.sku} · <Money minor={line.unitPrice} />
        </span>
        {line.max !== null && <span className="muted">{t('returnable', { count: line.max })}</span>}
      </div>
      <fieldset className="returns__qty">
        <legend className="visually-hidden">{t('qtyOf', { name: label })}</legend>
        <Button
          aria-label={t('less', { name: label })}
          disabled={line.qty <= 0}
          onClick={() => setLine(line.key, { qty: line.qty - 1 })}
        >
          −
        </Button>
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          aria-label={t('qty', { name: label })}
          value={line.qty}
          onChange={(e) => {
            const qty = Math.max(0, Math.min(max, Math.trunc(Number(e.target.value) || 0)));
            setLine(line.key, { qty });
          }}
        />
        <Button
          aria-label={t('more', { name: label })}
          disabled={line.qty >= max}
          onClick={() => setLine(line.key, { qty: line.qty + 1 })}
        >
          +
        </Button>
      </fieldset>
      {line.qty > 0 && (
        <div className="returns__choices">
          <label>
            {t('reason')}
            <select
              aria-label={t('reasonOf', { name: label })}
              value={line.reason}
              onChange={(e) => setLine(line.key, { reason: e.target.value as DraftLine['reason'] })}
            >
              <option value="">{t('chooseReason')}</option>
              {RETURN_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`reasons.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t('conditionOf', { name: label })}</legend>
            {ITEM_CONDITIONS.map((c: ItemCondition) => (
              <label key={c} className="returns__radio">
                <input
                  type="radio"
                  name={`condition-${line.key}`}
                  checked={line.condition === c}
                  onChange={() => setLine(line.key, { condition: c, disposition: dispositionFor(c) })}
                />
                {t(`conditions.${c}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('disposition')}
            <select
              aria-label={t('dispositionOf', { name: label })}
              value={line.disposition}
              onChange={(e) => setLine(line.key, { disposition: e.target.value as DraftLine['disposition'] })}
            >
              {DISPOSITIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`dispositions.${d}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </li>
  );
}

export function MissingDraft() {
  const { t } = useTranslation('returns');
  return (
    <main className="page returns">
      <header className="page__header">
        <h1>{t('title')}</h1>
      </header>
      <p className="card">{t('missingDraft')}</p>
      <Link className="btn btn--primary" to={returnPaths.find}>
        {t('newReturn')}
      </Link>
    </main>
  );
}
