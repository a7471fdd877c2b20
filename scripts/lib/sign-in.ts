import type { Page } from 'playwright-core';

/** Sign in on the app's sign-in screen as a person would: their name, then the PIN on the keypad (French UI). */
export async function signInAs(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Se connecter' }).click();
}
