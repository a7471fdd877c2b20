/** An associate adjusts stock by at most this many units at once; more needs a manager. */
export const ADJUST_UNITS_LIMIT = 10;

export type ManagerVerdict = 'ok' | 'notManager' | 'wrongPin';

/** Checks a manager's id and PIN on the device (offline), through the staff projection once it lands. */
export function useManagerCheck(): (staffId: string, pin: string) => Promise<ManagerVerdict> {
  return async () => 'notManager';
}
