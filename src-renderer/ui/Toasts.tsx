import { useToasts } from './toast';

/** Where toasts show (once, in the frame). Polite live region: read out without stealing focus. */
export function Toasts() {
  const items = useToasts((s) => s.items);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {items.map((t) => (
        <p key={t.id} className={`toast toast--${t.tone}`}>
          {t.text}
        </p>
      ))}
    </div>
  );
}
