import type { DeviceCredentials } from '@shared/sync/protocol';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createI18n, type Language } from '../../src-renderer/i18n';
import type { Platform } from '../../src-renderer/platform';

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

export function renderIn(language: Language, ui: ReactElement) {
  return render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
}
