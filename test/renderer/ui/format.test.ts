import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDue, formatMoney } from '../../../src-renderer/ui/format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formats in the store’s locale, zone and currency', () => {
  it('money in the currency’s own minor units: cents for EUR, none for JPY, thousandths for KWD', () => {
    expect(nbsp(formatMoney(1250, 'EUR', 'fr-FR'))).toBe('12,50 €');
    expect(nbsp(formatMoney(1250, 'JPY', 'ja-JP'))).toBe('￥1,250');
    expect(nbsp(formatMoney(1250, 'KWD', 'en-GB'))).toBe('KWD 1.250');
  });

  it('a deadline today in the store shows the time alone; another day shows the day; each zone its own day', () => {
    const now = Date.parse('2026-12-01T09:00:00Z');
    expect(formatDue('2026-12-01T16:30:00Z', 'fr-FR', 'Europe/Paris', now)).toBe('17:30');
    expect(nbsp(formatDue('2026-12-02T16:30:00Z', 'fr-FR', 'Europe/Paris', now))).toBe(
      nbsp(formatDateTime('2026-12-02T16:30:00Z', 'fr-FR', 'Europe/Paris')),
    );
    // 23:30 UTC on the 1st is already the 2nd in Paris, still the 1st in New York.
    expect(formatDue('2026-12-01T23:30:00Z', 'en-US', 'America/New_York', now)).toBe('06:30 PM');
    expect(formatDue('2026-12-01T23:30:00Z', 'fr-FR', 'Europe/Paris', now)).not.toBe('00:30');
  });
});
