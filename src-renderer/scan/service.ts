import { Subject } from 'rxjs';
import { DEFAULT_WEDGE, WedgeDetector, type WedgeSettings } from './wedge';

export type ScanSource = 'wedge' | 'camera' | 'typed';
export type Scan = { code: string; source: ScanSource };
export type ScanHandler = (scan: Scan) => void;

type Editable = HTMLInputElement | HTMLTextAreaElement;

const isEditable = (el: Element | null): el is Editable =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

/** Set a field's value the way React notices (its own value setter, then an input event). */
function setFieldValue(field: Editable, value: string): void {
  const proto =
    field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The one scan service of the renderer: keyboard-wedge scans (and camera scans,
 * pushed in) become one stream, delivered to the screen that listens last. A scan
 * never types into the focused field: keys of a burst are held back, and the first
 * key (let through before anyone could tell) is taken back out of the field.
 */
export class ScanService {
  readonly scans$ = new Subject<Scan>();
  private readonly detector: WedgeDetector;
  private readonly handlers: ScanHandler[] = [];
  private snapshot: { field: Editable; value: string } | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    settings: WedgeSettings = DEFAULT_WEDGE,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.detector = new WedgeDetector(settings);
  }

  get settings(): WedgeSettings {
    return this.detector.settings;
  }

  configure(settings: Partial<WedgeSettings>): void {
    this.detector.settings = { ...this.detector.settings, ...settings };
  }

  /** Listen to the keyboard of a window (capture phase, before any field). Returns the way to stop. */
  attach(target: Window = window): () => void {
    const onKey = (event: KeyboardEvent) => this.onKey(event, target.document);
    target.addEventListener('keydown', onKey, true);
    return () => {
      target.removeEventListener('keydown', onKey, true);
      clearTimeout(this.idleTimer);
    };
  }

  /** The active screen takes scans until it lets go (the last subscriber wins: a dialog over a screen). */
  subscribe(handler: ScanHandler): () => void {
    this.handlers.push(handler);
    return () => {
      const i = this.handlers.lastIndexOf(handler);
      if (i >= 0) this.handlers.splice(i, 1);
    };
  }

  /** A scan from elsewhere (the camera, a code typed in the search box). */
  emit(scan: Scan): void {
    const code = scan.code.trim();
    if (!code) return;
    const delivered = { ...scan, code };
    this.scans$.next(delivered);
    this.handlers.at(-1)?.(delivered);
  }

  private onKey(event: KeyboardEvent, doc: Document): void {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    const step = this.detector.key(event.key, this.now());
    clearTimeout(this.idleTimer);
    switch (step.kind) {
      case 'start': {
        const focused = doc.activeElement;
        this.snapshot = isEditable(focused) ? { field: focused, value: focused.value } : null;
        break;
      }
      case 'hold':
        event.preventDefault();
        event.stopPropagation();
        break;
      case 'scan':
        event.preventDefault();
        event.stopPropagation();
        this.undoFirstKey();
        this.emit({ code: step.code, source: 'wedge' });
        return;
      case 'release':
        this.giveBack(step.keys);
        return;
      case 'pass':
        return;
    }
    this.idleTimer = setTimeout(() => this.onIdle(), this.detector.settings.maxGapMs * 2);
  }

  private onIdle(): void {
    const step = this.detector.idle();
    if (step.kind === 'scan') {
      this.undoFirstKey();
      this.emit({ code: step.code, source: 'wedge' });
    } else if (step.kind === 'release') this.giveBack(step.keys);
  }

  private undoFirstKey(): void {
    if (this.snapshot && this.snapshot.field.value !== this.snapshot.value)
      setFieldValue(this.snapshot.field, this.snapshot.value);
    this.snapshot = null;
  }

  /** Keys held back from a burst that was typing after all: they go into the field they were meant for. */
  private giveBack(keys: string): void {
    const field = this.snapshot?.field;
    this.snapshot = null;
    if (!field?.isConnected) return;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    setFieldValue(field, field.value.slice(0, start) + keys + field.value.slice(end));
    field.setSelectionRange?.(start + keys.length, start + keys.length);
  }
}
