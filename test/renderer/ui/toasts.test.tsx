import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../../src-renderer/ui/Toasts';
import { showToast, TOAST_MS, useToasts } from '../../../src-renderer/ui/toast';
import { renderIn } from '../support';

/** The walk's toast after a pick, raised in the language the screen shows. */
function PickedOne() {
  const { t } = useTranslation('picking');
  const pick = () => showToast((lng) => t('walk.pickedToast', { lng, name: 'Chemise lin', slot: 1 }), 'ok');
  return (
    <>
      <button type="button" onClick={pick}>
        pick
      </button>
      <Toasts />
    </>
  );
}

describe('toasts', () => {
  afterEach(() => {
    vi.useRealTimers();
    act(() => useToasts.setState({ items: [] }));
  });

  const shown = () => [...screen.getByRole('status').querySelectorAll('p')];

  it('the same message again does not stack: it shows ×2; never more than two at once', () => {
    renderIn('fr', <Toasts />);
    act(() => {
      showToast('Envoyé', 'ok');
      showToast('Envoyé', 'ok');
    });
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toHaveTextContent('Envoyé ×2');
    act(() => {
      showToast('Commande introuvable', 'bad');
      showToast('Article ajouté', 'info');
    });
    expect(shown().map((p) => p.textContent)).toEqual(['Commande introuvable×', 'Article ajouté']);
  });

  it('a confirmation goes by itself quickly; a problem stays longer and can be dismissed at once', async () => {
    vi.useFakeTimers();
    renderIn('fr', <Toasts />);
    act(() => {
      showToast('Envoyé', 'ok');
      showToast('Hors ligne', 'bad');
    });
    act(() => vi.advanceTimersByTime(TOAST_MS.ok + 1));
    expect(shown().map((p) => p.textContent)).toEqual(['Hors ligne×']);
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(shown()).toHaveLength(0);
  });

  it('a toast raised in French reads in English once the associate switches language', async () => {
    const { i18n } = renderIn('fr', <PickedOne />);
    await userEvent.click(screen.getByRole('button', { name: 'pick' }));
    expect(shown()[0]).toHaveTextContent('Chemise lin → bac 1');
    await act(() => i18n.changeLanguage('en'));
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toHaveTextContent('Chemise lin → tote 1');
  });
});
