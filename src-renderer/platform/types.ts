import type { ShellEnrollRequest } from '@shared/ipc/contract';
import type { DeviceCredentials } from '@shared/sync/protocol';
import type { CredentialStore } from './credentials';

/** Enrolls this device: throws NetworkError when the service is out of reach, ServiceError when it refuses. */
export type EnrollDevice = (request: ShellEnrollRequest) => Promise<DeviceCredentials>;

/** What differs between the desktop shell and a browser: kept behind one object. */
export type Platform = {
  kind: 'electron' | 'browser';
  credentials: CredentialStore;
  /** Present when the platform enrolls on the page's behalf (the shell); otherwise the page calls the service. */
  enroll?: EnrollDevice;
};
