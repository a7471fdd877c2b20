import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** The embedded database's folder cannot be created or opened: a setup problem, said in one line. */
export class DataDirError extends Error {
  constructor(dataDir: string, cause: unknown) {
    const reason = (cause as NodeJS.ErrnoException | undefined)?.code ?? String(cause);
    super(
      `Cannot use DATA_DIR=${dataDir} for the embedded database (${reason}). ` +
        'Set DATA_DIR to a folder this user can write, or DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'DataDirError';
  }
}

/** PGlite creates only the last folder of its data path: make its parents, whatever DATA_DIR names. */
export function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dirname(dataDir), { recursive: true });
  } catch (error) {
    throw new DataDirError(dataDir, error);
  }
}
