import { create } from 'zustand';

export type WrongScan = { scanned: string; expected: string; at: number };

type FeedbackState = { wrong: WrongScan | null; clear(): void };

export const useScanFeedback = create<FeedbackState>()((set) => ({
  wrong: null,
  clear: () => set({ wrong: null }),
}));

let audio: AudioContext | null = null;

/** Two short tones through WebAudio (no sound file to ship); silent where audio is unavailable. */
function tones(frequencies: readonly number[], duration: number): void {
  const Context = globalThis.AudioContext;
  if (!Context) return;
  try {
    audio ??= new Context();
    const start = audio.currentTime;
    frequencies.forEach((frequency, i) => {
      const ctx = audio as AudioContext;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'square';
      osc.frequency.value = frequency;
      gain.gain.value = 0.15;
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + i * duration * 1.2);
      osc.stop(start + i * duration * 1.2 + duration);
    });
  } catch {
    // No audio device: the visual flash still says it.
  }
}

/**
 * A scan that does not fit: say what was scanned and what was expected, with a low
 * double buzz and a red flash. Nothing is recorded; the screen stays as it was.
 */
export function wrongScan(scanned: string, expected: string): void {
  tones([220, 180], 0.15);
  useScanFeedback.setState({ wrong: { scanned, expected, at: Date.now() } });
}

/** A scan that was taken: one short high beep. */
export function goodScan(): void {
  tones([1320], 0.08);
}
