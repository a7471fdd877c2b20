import { DataDirError } from './db/data-dir';

/**
 * A start that fails for a reason the person starting it can fix (data folder, port) ends with one
 * line saying what to do, not a stack trace; anything else is a bug and keeps its trace.
 */
export function exitOnStartupError(error: unknown, what = 'service'): never {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof DataDirError) {
    console.error(`Cannot start the ${what}: ${error.message}`);
  } else if (code === 'EADDRINUSE' || code === 'EACCES') {
    console.error(
      `Cannot start the ${what}: ${(error as Error).message}. Set PORT (and HOST) to a free address.`,
    );
  } else {
    console.error(error);
  }
  process.exit(1);
}
