import { create } from 'zustand';

/**
 * What a toast says: a function of the language (`(lng) => t('key', { lng, … })`) is read again when the
 * associate switches language while it shows (a component's `t` is fixed to the language it rendered in,
 * hence `lng`); a plain string stays as it is.
 */
export type ToastText = string | ((lng: string) => string);
export type ToastMessage = { id: number; text: ToastText; tone: 'info' | 'ok' | 'bad'; count: number };

/** The words a toast shows in a language. */
export const toastWords = (text: ToastText, lng: string): string =>
  typeof text === 'function' ? text(lng) : text;

type Toasts = {
  items: ToastMessage[];
  show(text: ToastText, tone?: ToastMessage['tone']): void;
  hide(id: number): void;
};

/** How long a toast stays: a confirmation goes quickly, a problem stays long enough to be read. */
export const TOAST_MS: Record<ToastMessage['tone'], number> = { ok: 2500, info: 3500, bad: 6000 };
/** At most this many at once, newest last: the corner never grows over the work. */
export const TOASTS_SHOWN = 2;

let next = 0;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * Short messages in the corner ("Sent", "Order not found"); they go by themselves. The same message
 * again (a scan repeated) does not stack: the toast shows ×2 and stays a little longer.
 */
export const useToasts = create<Toasts>()((set, get) => {
  const expire = (id: number, tone: ToastMessage['tone']) => {
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => get().hide(id), TOAST_MS[tone]),
    );
  };
  return {
    items: [],
    show: (text, tone = 'info') => {
      // The same words in any language: compared in one.
      const words = toastWords(text, 'en');
      const same = get().items.find((t) => toastWords(t.text, 'en') === words && t.tone === tone);
      if (same) {
        set((s) => ({ items: s.items.map((t) => (t === same ? { ...t, count: t.count + 1 } : t)) }));
        expire(same.id, tone);
        return;
      }
      next += 1;
      const id = next;
      set((s) => ({ items: [...s.items.slice(-(TOASTS_SHOWN - 1)), { id, text, tone, count: 1 }] }));
      expire(id, tone);
    },
    hide: (id) => {
      clearTimeout(timers.get(id));
      timers.delete(id);
      set((s) => ({ items: s.items.filter((t) => t.id !== id) }));
    },
  };
});

export const showToast = (text: ToastText, tone?: ToastMessage['tone']) =>
  useToasts.getState().show(text, tone);
