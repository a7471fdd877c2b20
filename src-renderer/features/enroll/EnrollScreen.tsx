import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createServiceClient, NetworkError } from '../../data/http';
import type { DeviceCredentials } from '../../data/replica';
import type { EnrollDevice } from '../../platform';

/** First run: which service, and the one-time code the manager gave for this device. */
export function EnrollScreen({
  defaultServiceUrl,
  defaultCode = '',
  enroll,
  onEnrolled,
}: {
  defaultServiceUrl: string;
  defaultCode?: string;
  /** The platform's own enrollment (the desktop shell's, done by its main process); HTTP from the page otherwise. */
  enroll?: EnrollDevice | undefined;
  onEnrolled: (credentials: DeviceCredentials) => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const [serviceUrl, setServiceUrl] = useState(defaultServiceUrl);
  const [code, setCode] = useState(defaultCode);
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setWorking(true);
    setError(null);
    try {
      const request = {
        serviceUrl: serviceUrl.trim(),
        code: code.trim(),
        deviceName: deviceName.trim() || navigator.userAgent.slice(0, 60),
      };
      if (enroll) {
        await onEnrolled(await enroll(request));
      } else {
        const client = createServiceClient({ baseUrl: request.serviceUrl });
        const enrolled = await client.enroll(request.code, request.deviceName);
        await onEnrolled({ serviceUrl: client.baseUrl, ...enrolled });
      }
    } catch (err) {
      setError(
        err instanceof NetworkError
          ? t('enroll.offline')
          : t('enroll.failed', { message: (err as Error).message }),
      );
    } finally {
      setWorking(false);
    }
  }

  return (
    <main className="page page--narrow">
      <form className="card form" onSubmit={submit}>
        <h1>{t('enroll.title')}</h1>
        <p className="muted">{t('enroll.intro')}</p>
        <label>
          {t('enroll.serviceUrl')}
          <input type="url" required value={serviceUrl} onChange={(e) => setServiceUrl(e.target.value)} />
        </label>
        <label>
          {t('enroll.code')}
          <input
            required
            autoComplete="one-time-code"
            autoCapitalize="characters"
            placeholder="XXXX-XXXX-XXXX"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        <label>
          {t('enroll.deviceName')}
          <input value={deviceName} onChange={(e) => setDeviceName(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={working}>
          {working ? t('enroll.working') : t('enroll.submit')}
        </button>
      </form>
    </main>
  );
}
