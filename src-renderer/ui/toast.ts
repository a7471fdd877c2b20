import { create } from 'zustand';

export type ToastMessage = { id: number; text: string; tone: 'info' | 'ok' | 'bad' };

type Toasts = {
  items: ToastMessage[];
  show(text: string, tone?: ToastMessage['tone']): void;
  hide(id: number): void;
};

let next = 0;

/** Short messages at the bottom of the screen ("Sent", "Order not found"); they go by themselves. */
export const useToasts = create<Toasts>()((set) => ({
  items: [],
  show: (text, tone = 'info') => {
    next += 1;
    const id = next;
    set((s) => ({ items: [...s.items.slice(-2), { id, text, tone }] }));
    setTimeout(() => set((s) => ({ items: s.items.filter((t) => t.id !== id) })), 4000);
  },
  hide: (id) => set((s) => ({ items: s.items.filter((t) => t.id !== id) })),
}));

export const showToast = (text: string, tone?: ToastMessage['tone']) => useToasts.getState().show(text, tone);
