import { ORDER_STATUSES, TASK_KINDS } from '@shared/domain/codes';
import { ALL_REASONS } from '@shared/domain/reasons';
import { DEVICE_COMMANDS } from '@shared/staff/permissions';
import { describe, expect, it } from 'vitest';
import { inboxI18n } from '../../src-renderer/features/inbox/i18n';
import { createI18n, en, FEATURE_NAMESPACES, fr, languageFor } from '../../src-renderer/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('French and English have the same keys', () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it('every feature namespace has the same keys in French and English, and is loaded', () => {
    const i18n = createI18n('en');
    for (const namespace of FEATURE_NAMESPACES) {
      expect(keys(namespace.fr).sort(), namespace.ns).toEqual(keys(namespace.en).sort());
      expect(i18n.hasResourceBundle('fr', namespace.ns), namespace.ns).toBe(true);
    }
    expect(i18n.t('home:stage.to_pack')).toBe('To pack');
    expect(createI18n('fr').t('home:stage.to_pack')).toBe('À emballer');
  });

  it('every reason the service can give is explained in both languages', () => {
    for (const language of [en, fr]) {
      for (const code of ALL_REASONS) expect(language.reason, code).toHaveProperty(code);
    }
  });

  it('the inbox names every command a device sends (never the generic "Action")', () => {
    for (const type of DEVICE_COMMANDS) {
      expect(inboxI18n.en.command, type).toHaveProperty(type);
      expect(inboxI18n.fr.command, type).toHaveProperty(type);
    }
  });

  it('every order status and task kind has a label', () => {
    for (const status of ORDER_STATUSES) expect(fr.status_).toHaveProperty(status);
    for (const kind of TASK_KINDS) expect(fr.task).toHaveProperty(kind);
  });

  it('French stores get French, English stores English; plurals follow the language', () => {
    expect(languageFor('fr-FR')).toBe('fr');
    expect(languageFor('en-GB')).toBe('en');
    expect(languageFor(undefined)).toBe('fr');
    const i18n = createI18n('en');
    expect(i18n.t('sync.pending', { count: 1 })).toBe('1 action waiting to be sent');
    expect(i18n.t('sync.pending', { count: 3 })).toBe('3 actions waiting to be sent');
    expect(createI18n('fr').t('reason.picked_after_cancel')).toMatch(/annulée pendant la préparation/);
  });
});
