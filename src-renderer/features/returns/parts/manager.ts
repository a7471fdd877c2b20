export type ManagerVerdict = 'ok' | 'notManager' | 'wrongPin';

/**
 * Checks a manager's id and PIN on the device (offline). Wired to the staff
 * projection and its PIN verifiers once sign-in lands (issue staff).
 */
export function useManagerCheck(): (staffId: string, pin: string) => Promise<ManagerVerdict> {
  return async () => 'notManager';
}
