import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OfflineError, ProblemError } from '../api/problem';
import { AnswerSaver, unsavedKey, type SaveState } from './answer-saver';
import type { Answer } from './types';

const a = (questionId: string, text: string): Answer => ({ questionId, text });

function saver(send: (answers: Answer[]) => Promise<{ answersSavedAt: string }>) {
  const states: SaveState[] = [];
  const s = new AnswerSaver({ attemptId: 'att-1', send, onState: (state) => states.push(state), storage: localStorage, delayMs: 800, retryMs: 5000 });
  return { s, states };
}

describe('autosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('sends once, 800 ms after the last change, only the answers changed, and says when they were saved', async () => {
    const send = vi.fn(async () => ({ answersSavedAt: '2026-12-04T10:11:12Z' }));
    const { s, states } = saver(send);
    s.attach();
    s.change(a('q1', 'a'));
    await vi.advanceTimersByTimeAsync(500);
    s.change(a('q1', 'ab'));
    s.change(a('q2', 'x'));
    await vi.advanceTimersByTimeAsync(799);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledWith([a('q1', 'ab'), a('q2', 'x')]);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: new Date('2026-12-04T10:11:12Z') });
    s.change(a('q2', 'y'));
    await s.flush();
    expect(send).toHaveBeenLastCalledWith([a('q2', 'y')]);
    expect(localStorage.getItem(unsavedKey('att-1'))).toBeNull();
  });

  it('keeps every change on the device until it is saved, and a new saver (a reload) restores and sends them', async () => {
    const offline = vi.fn(async () => {
      throw new OfflineError(new TypeError('Failed to fetch'));
    });
    const first = saver(offline);
    first.s.attach();
    first.s.change(a('q1', 'kept'));
    expect(JSON.parse(localStorage.getItem(unsavedKey('att-1'))!)).toEqual([a('q1', 'kept')]);
    await first.s.flush();
    expect(first.states.at(-1)).toEqual({ kind: 'offline', kept: 1 });
    first.s.detach();

    const send = vi.fn(async () => ({ answersSavedAt: '2026-12-04T10:11:12Z' }));
    const second = saver(send);
    expect(second.s.restored()).toEqual([a('q1', 'kept')]);
    second.s.attach();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledWith([a('q1', 'kept')]);
    expect(localStorage.getItem(unsavedKey('att-1'))).toBeNull();
  });

  it('offline: retries every few seconds and at once when the browser is back online', async () => {
    let online = false;
    const send = vi.fn(async (answers: Answer[]) => {
      if (!online) throw new OfflineError(new TypeError('Failed to fetch'));
      return { answersSavedAt: '2026-12-04T10:00:00Z', answers };
    });
    const { s, states } = saver(send);
    s.attach();
    s.change(a('q1', 'x'));
    await vi.advanceTimersByTimeAsync(800);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(2);
    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(3);
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('a change made while a save is on its way is sent after it, and stays unsaved until then', async () => {
    let release!: () => void;
    const send = vi.fn(
      (answers: Answer[]) =>
        new Promise<{ answersSavedAt: string }>((resolve) => {
          release = () => resolve({ answersSavedAt: '2026-12-04T10:00:00Z' });
          void answers;
        }),
    );
    const { s } = saver(send);
    s.change(a('q1', 'first'));
    const flushing = s.flush();
    s.change(a('q1', 'second'));
    void s.flush();
    release();
    await flushing;
    expect(s.unsavedAnswers()).toEqual([a('q1', 'second')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenLastCalledWith([a('q1', 'second')]);
  });

  it('the API refusing (time over) stops nothing silently: it is reported, and stop() then clear() end it', async () => {
    const refused = new ProblemError(409, { type: 'urn:mosty:problem:deadline-passed', detail: 'The time for this attempt is over' });
    const { s, states } = saver(vi.fn(async () => Promise.reject(refused)));
    s.change(a('q1', 'late'));
    await s.flush();
    expect(states.at(-1)).toEqual({ kind: 'refused', error: refused });
    s.stop();
    s.change(a('q2', 'ignored'));
    expect(s.unsavedAnswers()).toEqual([a('q1', 'late')]);
    s.clear();
    expect(localStorage.getItem(unsavedKey('att-1'))).toBeNull();
  });
});
