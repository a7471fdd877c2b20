import { useTranslation } from 'react-i18next';
import { toastWords, useToasts } from './toast';

/**
 * Where toasts show (once, in the frame): the bottom corner, never over the middle of a form. A polite live
 * region, read out without stealing focus; a problem can be dismissed at once. Its words follow the language
 * (this component re-renders when it changes).
 */
export function Toasts() {
  const { t, i18n } = useTranslation();
  const items = useToasts((s) => s.items);
  const hide = useToasts((s) => s.hide);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {items.map((toast) => (
        <p key={toast.id} className={`toast toast--${toast.tone}`}>
          <span>{toastWords(toast.text, i18n.language)}</span>
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
