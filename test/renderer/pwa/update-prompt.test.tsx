import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUpdate } from '../../../src-renderer/pwa/register';
import { UpdatePrompt } from '../../../src-renderer/pwa/UpdatePrompt';
import { renderIn } from '../support';

describe('a new version of the web app', () => {
  afterEach(() => useUpdate.setState({ apply: null }));

  it('is offered once installed, and used only when the associate says so', async () => {
    renderIn('fr', <UpdatePrompt />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    const apply = vi.fn();
    act(() => useUpdate.setState({ apply }));
    expect(screen.getByRole('status')).toHaveTextContent("Une nouvelle version de l'application est prête.");
    expect(apply).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'L’utiliser maintenant' }));
    expect(apply).toHaveBeenCalledOnce();
  });
});
