import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReplicaProvider } from '../../../../src-renderer/data/react';
import { NotSignedInError } from '../../../../src-renderer/data/replica';
import { SessionControls, SignInGate } from '../../../../src-renderer/features/signin';
import { ScanProvider } from '../../../../src-renderer/scan/react';
import { usePermission } from '../../../../src-renderer/state/permission';
import { currentStaffId, LOCKOUT_MS, useSession } from '../../../../src-renderer/state/session';
import { TestDevice } from '../../../support/device';
import { anOrder } from '../../../support/fixtures';
import { spawnTestService } from '../../../support/service-process';
import { memoryStorage, renderIn, steppedScanner } from '../../support';

/** What a screen offers, by role (the frame's nav and the workflow screens do the same). */
function Actions() {
  const capacity = usePermission('set_capacity');
  const handover = usePermission('handover');
  const pack = usePermission('pack');
  return (
    <section aria-label="actions">
      <SessionControls />
      {capacity ? <button type="button">Capacité</button> : null}
      {handover ? <button type="button">Remettre au client</button> : null}
      {pack ? <button type="button">Emballer</button> : null}
    </section>
  );
}

describe('sign-in and roles', () => {
  let svc: Awaited<ReturnType<typeof spawnTestService>>;
  let device: TestDevice;
  beforeAll(async () => {
    svc = await spawnTestService();
    await svc.createStore('paris-01', 'Paris Rivoli');
    await svc.oms('POST', '/stores/paris-01/orders', { order: anOrder({ id: 'o-1', number: 'FR-1' }) });
    device = await TestDevice.open({
      serviceUrl: svc.url,
      ...(await svc.enroll('paris-01')),
      storage: memoryStorage(),
      staffId: currentStaffId,
    });
    await device.until((s) => s.initial.complete);
  });
  beforeEach(() => {
    useSession.setState({ who: null, locked: false, wrongPins: 0, lockedOutUntil: 0 });
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());
  afterAll(async () => {
    await device.close();
    await svc.close();
  });

  function show(language: 'fr' | 'en' = 'fr', scanner = steppedScanner(200)) {
    return renderIn(
      language,
      <ReplicaProvider replica={device.replica}>
        <ScanProvider service={scanner.service}>
          <SignInGate>
            <Actions />
          </SignInGate>
        </ScanProvider>
      </ReplicaProvider>,
    );
  }

  async function typePin(user: ReturnType<typeof userEvent.setup>, pin: string) {
    for (const digit of pin) await user.click(screen.getByRole('button', { name: digit }));
  }

  async function signIn(
    user: ReturnType<typeof userEvent.setup>,
    name: string,
    pin: string,
    ok = 'Se connecter',
  ) {
    await user.click(await screen.findByRole('button', { name }));
    await typePin(user, pin);
    await user.click(screen.getByRole('button', { name: ok }));
  }

  it('right PIN: the associate is in, and every command records them', async () => {
    const user = userEvent.setup();
    show();
    expect(await screen.findByRole('heading', { name: 'Qui travaille ?' })).toBeInTheDocument();
    // Inactive staff are not offered.
    expect(screen.queryByRole('button', { name: 'Félix Simon' })).not.toBeInTheDocument();
    await expect(device.record('start_pick', { orderId: 'o-1' })).rejects.toBeInstanceOf(NotSignedInError);

    await signIn(user, 'Dora Leroy', '0000');
    expect(await screen.findByText('Dora Leroy (Conseiller·ère de vente)')).toBeInTheDocument();
    const id = await device.record('start_pick', { orderId: 'o-1' });
    const recorded = await device.replica.db.commands.findOne(id).exec();
    expect(recorded?.staffId).toBe('dora');
  });

  it('wrong PIN: refused with the tries left, nothing shown; the PIN is kept nowhere', async () => {
    const user = userEvent.setup();
    show('en');
    await signIn(user, 'Éric Moreau', '2345', 'Sign in');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Wrong PIN. 4 tries left before the keypad locks for a minute.',
    );
    expect(screen.queryByRole('region', { name: 'actions' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'PIN for Éric Moreau' })).toBeInTheDocument();
    expect(JSON.stringify(useSession.getState())).not.toContain('2345');
    expect(JSON.stringify({ ...localStorage })).not.toContain('2345');
  });

  it('five wrong PINs lock the keypad for a minute, then it works again', async () => {
    const user = userEvent.setup();
    show();
    await user.click(await screen.findByRole('button', { name: 'Alice Martin' }));
    for (let i = 0; i < 5; i += 1) {
      await typePin(user, '9876');
      await user.click(screen.getByRole('button', { name: 'Se connecter' }));
      await waitFor(() => expect(screen.queryByText('Vérification…')).not.toBeInTheDocument());
    }
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Trop de codes incorrects\. Réessayez dans 60 s\./,
    );
    expect(screen.getByRole('button', { name: '1' })).toBeDisabled();
    // The right PIN cannot even be typed now.
    await user.click(screen.getByRole('button', { name: '1' }));
    expect(screen.getByRole('status', { name: '0 chiffre saisi' })).toBeInTheDocument();

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + LOCKOUT_MS + 1000);
    await waitFor(() => expect(screen.getByRole('button', { name: '1' })).toBeEnabled(), { timeout: 3000 });
    vi.useRealTimers();
    await typePin(user, '1234');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('region', { name: 'actions' })).toBeInTheDocument();
  });

  it('a badge scan picks the name; an unknown badge says so', async () => {
    const user = userEvent.setup();
    const scanner = steppedScanner(200);
    show('fr', scanner);
    // Typed into the badge field (slowly, by a person)…
    const badge = await screen.findByRole('textbox', { name: 'Badge' });
    await user.type(badge, 'BADGE-NOBODY{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Personne dans l’équipe n’a le badge BADGE-NOBODY.',
    );
    // …or scanned with the keyboard-wedge scanner, wherever the focus is.
    badge.blur();
    scanner.clock.step = 5;
    await user.keyboard('BADGE-ERIC{Enter}');
    expect(await screen.findByRole('group', { name: 'Code PIN de Éric Moreau' })).toBeInTheDocument();
    await typePin(user, '1111');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Éric Moreau (Comptoir retrait)')).toBeInTheDocument();
  });

  it('locks after the idle minutes (activity postpones it) and on demand; the PIN unlocks', async () => {
    const user = userEvent.setup();
    show();
    await signIn(user, 'Dora Leroy', '0000');
    await screen.findByRole('region', { name: 'actions' });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.keyDown(window, { key: 'Shift' }); // activity: the idle timer restarts (on the fake clock)
    act(() => vi.advanceTimersByTime(4 * 60_000));
    fireEvent.pointerDown(window);
    act(() => vi.advanceTimersByTime(4 * 60_000));
    expect(screen.getByRole('region', { name: 'actions' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000 + 1));
    expect(screen.getByText('Verrouillé — Dora Leroy')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'actions' })).not.toBeInTheDocument();
    vi.useRealTimers();

    await typePin(user, '0000');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    const actions = await screen.findByRole('region', { name: 'actions' });
    await user.click(within(actions).getByRole('button', { name: 'Verrouiller' }));
    expect(screen.getByText('Verrouillé — Dora Leroy')).toBeInTheDocument();
    expect(currentStaffId()).toBe('dora');
  });

  it('offers each role only its actions (the same table the service checks)', async () => {
    const user = userEvent.setup();
    show();
    await signIn(user, 'Dora Leroy', '0000');
    let actions = await screen.findByRole('region', { name: 'actions' });
    expect(within(actions).getByRole('button', { name: 'Emballer' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Capacité' })).not.toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Remettre au client' })).not.toBeInTheDocument();

    await user.click(within(actions).getByRole('button', { name: 'Se déconnecter' }));
    await signIn(user, 'Éric Moreau', '1111');
    actions = await screen.findByRole('region', { name: 'actions' });
    expect(within(actions).getByRole('button', { name: 'Remettre au client' })).toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Emballer' })).not.toBeInTheDocument();

    await user.click(within(actions).getByRole('button', { name: 'Se déconnecter' }));
    await signIn(user, 'Alice Martin', '1234');
    actions = await screen.findByRole('region', { name: 'actions' });
    for (const name of ['Capacité', 'Remettre au client', 'Emballer'])
      expect(within(actions).getByRole('button', { name })).toBeInTheDocument();
  });

  it('follows the staff list: a new role applies at once, someone deactivated is signed out', async () => {
    const user = userEvent.setup();
    show();
    await signIn(user, 'Bruno Petit', '2345');
    await screen.findByRole('button', { name: 'Capacité' });
    await svc.oms('PUT', '/stores/paris-01/staff/bruno', { displayName: 'Bruno Petit', role: 'associate' });
    device.replica.syncNow();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Capacité' })).not.toBeInTheDocument(), {
      timeout: 10_000,
    });
    await svc.oms('PUT', '/stores/paris-01/staff/bruno', {
      displayName: 'Bruno Petit',
      role: 'associate',
      active: false,
    });
    device.replica.syncNow();
    expect(
      await screen.findByRole('heading', { name: 'Qui travaille ?' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bruno Petit' })).not.toBeInTheDocument();
  });
});
