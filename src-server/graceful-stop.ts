import closeWithGrace from 'close-with-grace';

/** A second Ctrl-C within this time is the same one: npm forwards the terminal's SIGINT to its child. */
const SAME_SIGNAL_MS = 2000;

type Stop = (how: { signal?: string; err?: unknown }) => Promise<void>;

/**
 * Stop gracefully on SIGINT/SIGTERM (and on a crash), then exit (0 after a signal). close-with-grace
 * does the work, but takes any second signal for "exit 1 now", and under `npm start` one Ctrl-C
 * arrives twice (the terminal signals the process group, and npm forwards it to its child). So the
 * signals come here: a repeat within two seconds is ignored, a later one still forces the exit.
 */
export function stopGracefully(stop: Stop, delay = 10_000): void {
  let signal: string | undefined;
  let first = 0;
  const grace = closeWithGrace({ delay, skip: ['SIGINT', 'SIGTERM'] }, ({ err }) =>
    stop(err ? { err } : signal ? { signal } : {}),
  );
  const onSignal = (received: NodeJS.Signals) => {
    if (first === 0) {
      first = Date.now();
      signal = received;
      void grace.close();
    } else if (Date.now() - first > SAME_SIGNAL_MS) {
      process.exit(1);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
