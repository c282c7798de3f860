import { OfflineError } from '../api/problem';
import { sameAnswer } from './answer-mapping';
import type { Answer } from './types';

/** What the officer is told about their answers. */
export type SaveState =
  | { kind: 'idle' }
  /** Changed; sent shortly (or when they leave the question). */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** No connection: kept on this device, sent when it returns. */
  | { kind: 'offline'; kept: number }
  /** The API said no (time over, submitted already, an answer that does not fit). */
  | { kind: 'refused'; error: unknown };

export interface AnswerSaverOptions {
  attemptId: string;
  /** PUT /attempts/:id/answers; resolves with when the server saved them. */
  send: (answers: Answer[]) => Promise<{ answersSavedAt: string }>;
  onState: (state: SaveState) => void;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** After the last change. */
  delayMs?: number;
  /** Between tries while offline (besides the browser's `online` event). */
  retryMs?: number;
}

/** Where an attempt's unsaved answers wait on this device. */
export const unsavedKey = (attemptId: string) => `mosty.quiz.unsaved.${attemptId}`;

/**
 * Autosave for one attempt. Every change is kept on the device at once (so a reload or a
 * dropped connection loses nothing) and sent, debounced, with only the answers not yet
 * saved. A failed send with no connection is retried when the browser is back online, and
 * every few seconds; the API refusing (time over, submitted) stops sending.
 */
export class AnswerSaver {
  private readonly unsaved = new Map<string, Answer>();
  private readonly storage: AnswerSaverOptions['storage'];
  private debounce?: ReturnType<typeof setTimeout>;
  private retry?: ReturnType<typeof setTimeout>;
  private inFlight: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly onOnline = () => void this.flush();

  constructor(private readonly options: AnswerSaverOptions) {
    this.storage = options.storage === undefined ? (typeof localStorage === 'undefined' ? null : localStorage) : options.storage;
    for (const answer of this.load()) this.unsaved.set(answer.questionId, answer);
  }

  /** While the player is on screen: listens for the connection coming back, and sends what was kept from before. */
  attach(): void {
    if (this.stopped) return;
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
    if (this.unsaved.size) void this.flush();
  }

  /** The player left the screen: no timers, no listener (attach() takes up again). */
  detach(): void {
    clearTimeout(this.debounce);
    clearTimeout(this.retry);
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
  }

  /** The answers kept on this device from before (a reload, a lost connection): the form shows them, and they are sent. */
  restored(): Answer[] {
    return [...this.unsaved.values()];
  }

  change(answer: Answer): void {
    if (this.stopped) return;
    this.unsaved.set(answer.questionId, answer);
    this.persist();
    this.options.onState({ kind: 'pending' });
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), this.options.delayMs ?? 800);
  }

  /** Sends what is unsaved now (leaving a question, the debounce, a retry). */
  flush(): Promise<void> {
    clearTimeout(this.debounce);
    if (this.stopped || this.unsaved.size === 0) return this.inFlight ?? Promise.resolve();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const batch = [...this.unsaved.values()];
    this.options.onState({ kind: 'saving' });
    this.inFlight = this.options
      .send(batch)
      .then(
        (saved) => {
          clearTimeout(this.retry);
          // An answer changed again while this was on its way stays unsaved.
          for (const answer of batch) if (sameAnswer(this.unsaved.get(answer.questionId), answer)) this.unsaved.delete(answer.questionId);
          this.persist();
          if (!this.stopped) this.options.onState(this.unsaved.size ? { kind: 'pending' } : { kind: 'saved', at: new Date(saved.answersSavedAt) });
        },
        (error: unknown) => {
          if (this.stopped) return;
          if (error instanceof OfflineError) {
            this.options.onState({ kind: 'offline', kept: this.unsaved.size });
            clearTimeout(this.retry);
            this.retry = setTimeout(() => void this.flush(), this.options.retryMs ?? 5000);
          } else {
            this.again = false;
            this.options.onState({ kind: 'refused', error });
          }
        },
      )
      .finally(() => {
        this.inFlight = null;
        if (this.again) {
          this.again = false;
          void this.flush();
        }
      });
    return this.inFlight;
  }

  /** The answers the server does not have yet: a submit carries them in its body. */
  unsavedAnswers(): Answer[] {
    return [...this.unsaved.values()];
  }

  /** Sends nothing more (time over, submitting); what is unsaved stays on the device until clear(). */
  stop(): void {
    this.stopped = true;
    this.detach();
  }

  /** The submit was accepted: nothing needs keeping any more. */
  clear(): void {
    this.stop();
    this.unsaved.clear();
    this.storage?.removeItem(unsavedKey(this.options.attemptId));
  }

  private load(): Answer[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(unsavedKey(this.options.attemptId)) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((a): a is Answer => typeof a?.questionId === 'string') : [];
    } catch {
      return [];
    }
  }

  private persist(): void {
    try {
      if (this.unsaved.size) this.storage?.setItem(unsavedKey(this.options.attemptId), JSON.stringify([...this.unsaved.values()]));
      else this.storage?.removeItem(unsavedKey(this.options.attemptId));
    } catch {
      // Storage full or forbidden (private mode): the answers are still sent as usual.
    }
  }
}
