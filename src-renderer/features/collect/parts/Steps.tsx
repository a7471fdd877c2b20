import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const STEPS = ['verify', 'items', 'sign'] as const;
export type Step = (typeof STEPS)[number];

/** The three steps of a handover; a step after an unchecked customer is not offered. */
export function Steps({ orderId, current, verified }: { orderId: string; current: Step; verified: boolean }) {
  const { t } = useTranslation('collect');
  return (
    <nav className="collect-steps" aria-label={t('steps.label')}>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>
            {step === current || (!verified && step !== 'verify') ? (
              <span aria-current={step === current ? 'step' : undefined}>{t(`steps.${step}`)}</span>
            ) : (
              <NavLink to={`/collect/${encodeURIComponent(orderId)}/${step}`}>{t(`steps.${step}`)}</NavLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
