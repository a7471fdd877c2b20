import { readdirSync, readFileSync } from 'node:fs';
import { CONFLICT_RULES } from '@shared/conflicts/rules';
import { EXCEPTION_REASONS, NOTE_REASONS, REJECTION_REASONS } from '@shared/domain/reasons';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../shared/commands/', import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');

function literals(pattern: RegExp): string[] {
  return [...new Set([...sources.matchAll(pattern)].map((m) => m[1] as string))].sort();
}

describe('reason codes', () => {
  it('every rejection in the commands is a known rejection reason', () => {
    const used = literals(/\.reject\('([a-z_]+)'\)/g);
    expect(used.length).toBeGreaterThan(15);
    for (const code of used) expect(REJECTION_REASONS).toContain(code);
  });

  it('every exception and note in the commands is known', () => {
    for (const code of literals(/\.(?:exception|customerService)\((?:order, )?'([a-z_]+)'\)/g)) {
      expect(EXCEPTION_REASONS).toContain(code);
    }
    for (const code of literals(/\.note\('([a-z_]+)'\)/g)) expect(NOTE_REASONS).toContain(code);
  });

  it('every conflict rule names a known reason', () => {
    const known: string[] = [...REJECTION_REASONS, ...EXCEPTION_REASONS, ...NOTE_REASONS];
    for (const rule of CONFLICT_RULES) if (rule.reason) expect(known).toContain(rule.reason);
  });
});
