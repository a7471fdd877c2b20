import { useTranslation } from 'react-i18next';
import { useToasts } from './toast';

/**
 * Where toasts show (once, in the frame): the bottom corner, never over the middle of a form. A polite live
 * region, read out without stealing focus; a problem can be dismissed at once.
 */
export function Toasts() {
  const { t } = useTranslation();
  const items = useToasts((s) => s.items);
  const hide = useToasts((s) => s.hide);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {items.map((toast) => (
        <p key={toast.id} className={`toast toast--${toast.tone}`}>
          <span>{toast.text}</span>
          {toast.count > 1 && <span className="toast__count"> ×{toast.count}</span>}
          {toast.tone === 'bad' && (
            <button
              type="button"
              className="toast__close"
              aria-label={t('toast.dismiss')}
              onClick={() => hide(toast.id)}
            >
              ×
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
