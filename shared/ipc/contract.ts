import type { DeviceCredentials, ErrorBody } from '../sync/protocol';

/**
 * The contract between the desktop shell (Electron main + preload) and the
 * renderer. The preload exposes exactly `AssociateBridge` on `window[BRIDGE_KEY]`,
 * one function per channel; the renderer never sees ipcRenderer.
 */
export const BRIDGE_KEY = 'associate';

export const CHANNELS = {
  credentials: {
    load: 'associate:credentials:load',
    clear: 'associate:credentials:clear',
  },
  device: {
    enroll: 'associate:device:enroll',
  },
  print: {
    print: 'associate:print:print',
    save: 'associate:print:save',
  },
} as const satisfies ChannelsOf<AssociateBridge>;

/** First run in the shell: main does the request (the page's CSP reaches only the enrolled service). */
export type ShellEnrollRequest = { serviceUrl: string; code: string; deviceName: string };

export type EnrollOutcome =
  | { ok: true; credentials: DeviceCredentials }
  /** The address is not an http(s) URL. */
  | { ok: false; failure: 'invalid'; message: string }
  /** The service could not be reached. */
  | { ok: false; failure: 'network'; message: string }
  /** The service answered with an error status (e.g. an unknown or used code). */
  | { ok: false; failure: 'service'; status: number; body: ErrorBody };

export const PRINT_DOCUMENTS = [
  'pick_list',
  'packing_slip',
  'shipping_label',
  'collect_receipt',
  'return_receipt',
] as const;
export type PrintDocumentKind = (typeof PRINT_DOCUMENTS)[number];

/** A rendered document: the same PDF bytes the browser opens. */
export type PrintJob = {
  document: PrintDocumentKind;
  title: string;
  /** Suggested file name when saved (…pdf). */
  fileName: string;
  pdf: Uint8Array;
};

export type PrintOutcome =
  /** Where it went: the printer's name, or the saved file's path. */
  { ok: true; destination: string } | { ok: false; failure: 'cancelled' | 'failed'; message: string };

/** Larger print jobs are refused by main (a pick list of 200 lines is well under 1 MB). */
export const PDF_MAX_BYTES = 20 * 1024 * 1024;

export type AssociateBridge = {
  credentials: {
    /** The device's credentials, the token decrypted from the OS's safe storage; null before enrollment. */
    load(): Promise<DeviceCredentials | null>;
    clear(): Promise<void>;
  };
  device: {
    /** Enroll this device; on success main keeps the credentials and admits the service in the CSP. */
    enroll(request: ShellEnrollRequest): Promise<EnrollOutcome>;
  };
  print: {
    /** Silently, to the printer chosen in the shell's menu (the system default otherwise). */
    print(job: PrintJob): Promise<PrintOutcome>;
    /** Through a save dialog. */
    save(job: PrintJob): Promise<PrintOutcome>;
  };
};

type ChannelsOf<Bridge> = { [Group in keyof Bridge]: { [Method in keyof Bridge[Group]]: string } };
