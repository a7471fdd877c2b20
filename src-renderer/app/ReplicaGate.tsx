import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReplicaProvider } from '../data/react';
import { type DeviceCredentials, openReplica, type Replica, type ReplicaStorage } from '../data/replica';
import { acquireReplica } from '../data/replica-cache';
import { currentStaffId } from '../state/session';

/** Opens the store's replica from local data (no network needed) and hands it to the screens. */
export function ReplicaGate({
  credentials,
  storage,
  children,
}: {
  credentials: DeviceCredentials;
  storage: () => ReplicaStorage;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [replica, setReplica] = useState<Replica | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    const held = acquireReplica(`${credentials.storeId}@${credentials.serviceUrl}`, () =>
      openReplica({ ...credentials, storage: storage(), staffId: currentStaffId }),
    );
    held.replica.then((r) => active && setReplica(r)).catch((e: Error) => active && setError(e.message));
    return () => {
      active = false;
      held.release();
    };
  }, [credentials, storage]);

  if (error)
    return (
      <p role="alert" className="error page">
        {error}
      </p>
    );
  if (!replica) return <p className="page muted">{t('app.loading')}</p>;
  return <ReplicaProvider replica={replica}>{children}</ReplicaProvider>;
}
