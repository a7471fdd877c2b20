import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import type { ScanHandler, ScanService } from './service';

const ScanContext = createContext<ScanService | null>(null);

/** Attach a scan service to the window for the app's lifetime. */
export function ScanProvider({ service, children }: { service: ScanService; children: ReactNode }) {
  useEffect(() => service.attach(window), [service]);
  return <ScanContext.Provider value={service}>{children}</ScanContext.Provider>;
}

export function useScanService(): ScanService {
  const service = useContext(ScanContext);
  if (!service) throw new Error('useScanService() outside <ScanProvider>');
  return service;
}

/** The mounted screen receives scans while it is the latest to listen; the handler may change each render. */
export function useScan(handler: ScanHandler): void {
  const service = useScanService();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => service.subscribe((scan) => latest.current(scan)), [service]);
}
