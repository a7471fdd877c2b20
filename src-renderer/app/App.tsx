import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createServiceClient } from '../data/http';
import type { DeviceCredentials, ReplicaStorage } from '../data/replica';
import { EnrollScreen } from '../features/enroll/EnrollScreen';
import type { Platform } from '../platform';
import { AppRouter } from './AppRouter';
import { ReplicaGate } from './ReplicaGate';

const launchEnrollments = new Map<string, Promise<DeviceCredentials>>();

/** A launch code is one-time: enroll with it once per page, however often the app mounts. */
function enrollFromLaunch(serviceUrl: string, code: string): Promise<DeviceCredentials> {
  const key = `${serviceUrl}#${code}`;
  let enrolling = launchEnrollments.get(key);
  if (!enrolling) {
    const client = createServiceClient({ baseUrl: serviceUrl });
    enrolling = client
      .enroll(code, 'Demo device')
      .then((response) => ({ serviceUrl: client.baseUrl, ...response }));
    launchEnrollments.set(key, enrolling);
  }
  return enrolling;
}

export type AppProps = {
  platform: Platform;
  storage: () => ReplicaStorage;
  /** ?service=…&code=… (what `npm start` opens): enroll without typing. */
  launch?: { serviceUrl?: string | undefined; code?: string | undefined };
};

export function App({ platform, storage, launch = {} }: AppProps) {
  const { t } = useTranslation();
  const [credentials, setCredentials] = useState<DeviceCredentials | null | undefined>(undefined);

  const enrolled = useCallback(
    async (next: DeviceCredentials) => {
      await platform.credentials.save(next);
      setCredentials(next);
    },
    [platform],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const saved = await platform.credentials.load();
      if (saved || !launch.serviceUrl || !launch.code) {
        if (!cancelled) setCredentials(saved);
        return;
      }
      try {
        const credentials = await enrollFromLaunch(launch.serviceUrl, launch.code);
        if (!cancelled) await enrolled(credentials);
      } catch {
        if (!cancelled) setCredentials(null);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [platform, launch.serviceUrl, launch.code, enrolled]);

  if (credentials === undefined) return <p className="page muted">{t('app.loading')}</p>;
  if (!credentials) {
    return (
      <EnrollScreen
        defaultServiceUrl={launch.serviceUrl ?? 'http://127.0.0.1:8787'}
        defaultCode={launch.code ?? ''}
        enroll={platform.enroll}
        onEnrolled={enrolled}
      />
    );
  }
  return (
    <ReplicaGate credentials={credentials} storage={storage}>
      <AppRouter />
    </ReplicaGate>
  );
}
