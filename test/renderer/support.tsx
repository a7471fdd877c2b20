import type { DeviceCredentials } from '@shared/sync/protocol';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { routes } from '../../src-renderer/app/routes';
import { ReplicaProvider } from '../../src-renderer/data/react';
import type { Replica } from '../../src-renderer/data/replica';
import { createI18n, type Language } from '../../src-renderer/i18n';
import type { Platform } from '../../src-renderer/platform';
import { ScanProvider } from '../../src-renderer/scan/react';
import { ScanService } from '../../src-renderer/scan/service';
import { DEFAULT_WEDGE, type WedgeSettings } from '../../src-renderer/scan/wedge';
import { type SignedIn, useSession } from '../../src-renderer/state/session';

export const memoryStorage = () => getRxStorageMemory();

/** A platform whose credentials live in memory, so a test starts from a device never enrolled. */
export function memoryPlatform(
  saved: DeviceCredentials | null = null,
): Platform & { saved: DeviceCredentials | null } {
  const platform = {
    kind: 'browser' as const,
    saved,
    credentials: {
      load: async () => platform.saved,
      save: async (c: DeviceCredentials) => {
        platform.saved = c;
      },
      clear: async () => {
        platform.saved = null;
      },
    },
  };
  return platform;
}

/** A component in a language; `i18n` switches it as the frame's language menu does. */
export function renderIn(language: Language, ui: ReactElement) {
  const i18n = createI18n(language);
  return { ...render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>), i18n };
}

/** A scan service on a clock the test drives: each key read advances it by `step` ms (5 = a scanner, 200 = a person). */
export function steppedScanner(step = 5, settings?: Partial<WedgeSettings>) {
  const clock = { step, at: 0 };
  const service = new ScanService({ ...DEFAULT_WEDGE, ...settings }, () => {
    clock.at += clock.step;
    return clock.at;
  });
  return { service, clock };
}

/** A manager of the test staff (test/support/staff.ts), for screens tested past the sign-in. */
export const SIGNED_IN_MANAGER: SignedIn = { staffId: 'alice', displayName: 'Alice Martin', role: 'manager' };

/** The app's routes inside the frame, at a path, on a replica, with a test scan service, someone signed in. */
export function renderApp(
  replica: Replica,
  {
    path = '/',
    language = 'fr',
    scanner = steppedScanner().service,
    signedIn = SIGNED_IN_MANAGER,
  }: RenderAppOptions = {},
) {
  useSession.setState({ who: signedIn, locked: false });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = renderIn(
    language,
    <ReplicaProvider replica={replica}>
      <ScanProvider service={scanner}>
        <RouterProvider router={router} />
      </ScanProvider>
    </ReplicaProvider>,
  );
  return { ...view, router, scanner };
}

type RenderAppOptions = {
  path?: string;
  language?: Language;
  scanner?: ScanService;
  /** Who is signed in (null: nobody, the sign-in screen shows). */
  signedIn?: SignedIn | null;
};
