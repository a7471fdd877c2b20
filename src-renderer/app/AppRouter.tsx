import { useMemo, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ScanProvider } from '../scan/react';
import { ScanService } from '../scan/service';
import { routes } from './routes';

/**
 * Hash history: the shell serves associate://app and the web app is static and
 * offline, so #/orders/:id/pick survives a reload anywhere without a server.
 */
export function AppRouter() {
  const router = useMemo(() => createHashRouter(routes), []);
  const [scanner] = useState(() => new ScanService());
  return (
    <ScanProvider service={scanner}>
      <RouterProvider router={router} />
    </ScanProvider>
  );
}
