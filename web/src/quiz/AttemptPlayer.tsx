import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { OfflineError, ProblemError } from '../api/problem';
import { answerOf, countUnanswered, formValueOf, type FormValue } from './answer-mapping';
import { AnswerSaver, type SaveState } from './answer-saver';
import { QuizProblem, useQuizProblemText } from './problems';
import { QuestionCard, QuestionField } from './QuestionField';
import { countdown, newIdempotencyKey, remainingMs } from './server-clock';
import { SubmitDialog } from './SubmitDialog';
import type { Answer, Attempt, Question } from './types';

/** The countdown's clock may be up to half a second off the server's (the Date header names whole seconds). */
const SUBMIT_GRACE_MS = 1500;

type SubmitState = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'sending' } | { kind: 'offline' } | { kind: 'failed'; error: unknown };

/** The answers the API says are saved: a list for the trainee (trainers get them by question id). */
export function savedAnswers(attempt: Attempt): Answer[] {
  if (!attempt.answers) return [];
  return Array.isArray(attempt.answers) ? attempt.answers : Object.values(attempt.answers);
}

function decimalSeparator(language: string): string {
  return new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? ',';
}

/** The device's clock, ticking twice a second while there is a deadline. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}

/**
 * Taking an attempt: every question on one page, saved as the officer answers (and kept on
 * the device while there is no connection), a countdown on the server's clock, and a
 * confirmed submit that carries the answers not saved yet.
 */
export function AttemptPlayer({
  attempt,
  clockOffsetMs,
  onSubmitted,
  onTimeUp,
}: {
  attempt: Attempt;
  clockOffsetMs: number;
  onSubmitted: () => void;
  onTimeUp: () => void;
}) {
  const { t, i18n } = useTranslation('quiz');
  const problemText = useQuizProblemText();
  const questions: Question[] = attempt.questions ?? [];
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [saver] = useState(
    () =>
      new AnswerSaver({
        attemptId: attempt.id,
        send: async (answers) => data(await api.PUT('/api/v1/attempts/{id}/answers', { params: { path: { id: attempt.id } }, body: { answers } })),
        onState: setSaveState,
      }),
  );
  const [restoredCount] = useState(() => saver.restored().length);
  const [values, setValues] = useState<Record<string, FormValue>>(() => {
    const byId = new Map(savedAnswers(attempt).map((a) => [a.questionId, a]));
    for (const answer of saver.restored()) byId.set(answer.questionId, answer);
    const options = { decimalSeparator: decimalSeparator(i18n.language), language: i18n.language };
    return Object.fromEntries(questions.map((q) => [q.id, formValueOf(q, byId.get(q.id), options)]));
  });
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'idle' });
  const [timeUp, setTimeUp] = useState(false);
  const submission = useRef<{ key: string; answers: Answer[] } | null>(null);

  useEffect(() => {
    saver.attach();
    return () => saver.detach();
  }, [saver]);

  /** One submit, however often it is retried: the same key and the same body (the API replays the first answer). */
  const sendSubmit = useCallback(async () => {
    saver.stop();
    submission.current ??= { key: newIdempotencyKey(), answers: saver.unsavedAnswers() };
    setSubmit({ kind: 'sending' });
    try {
      await api.POST('/api/v1/attempts/{id}/submit', {
        params: { path: { id: attempt.id }, header: { 'Idempotency-Key': submission.current.key } },
        body: { answers: submission.current.answers },
      });
      saver.clear();
      onSubmitted();
    } catch (error) {
      setSubmit(error instanceof OfflineError ? { kind: 'offline' } : { kind: 'failed', error });
    }
  }, [attempt.id, onSubmitted, saver]);

  // A submit that found no connection goes again when it returns (and every few seconds).
  useEffect(() => {
    if (submit.kind !== 'offline') return;
    const retry = () => void sendSubmit();
    window.addEventListener('online', retry);
    const timer = setInterval(retry, 5000);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [submit.kind, sendSubmit]);

  /**
   * At zero: no more changes; what is unsaved is sent at once (the API takes it if its clock is not
   * there yet), and a moment later the attempt is submitted — past the deadline by any clock, so the
   * API grades what was saved in time, as an automatic submission.
   */
  const submitLater = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(submitLater.current), []);
  const endOfTime = useCallback(() => {
    if (timeUp || submission.current) return;
    setTimeUp(true);
    onTimeUp();
    void saver.flush().finally(() => {
      submitLater.current = setTimeout(() => void sendSubmit(), SUBMIT_GRACE_MS);
    });
  }, [timeUp, onTimeUp, saver, sendSubmit]);

  const now = useNow(Boolean(attempt.deadlineAt));
  const remaining = attempt.deadlineAt ? remainingMs(attempt.deadlineAt, clockOffsetMs, now) : null;
  useEffect(() => {
    if (remaining === 0) endOfTime();
  }, [remaining, endOfTime]);

  // The API is the judge of time: when it refuses an answer as too late, the time is up whatever the countdown says.
  useEffect(() => {
    if (saveState.kind !== 'refused' || !(saveState.error instanceof ProblemError)) return;
    if (saveState.error.code === 'deadline-passed') endOfTime();
    if (saveState.error.code === 'attempt-submitted') onSubmitted();
  }, [saveState, endOfTime, onSubmitted]);

  const locked = timeUp || submit.kind === 'sending' || submit.kind === 'offline' || (submit.kind === 'failed' && Boolean(submission.current));
  const change = (question: Question, value: FormValue) => {
    if (locked) return;
    setValues((previous) => ({ ...previous, [question.id]: value }));
    saver.change(answerOf(question, value));
  };
  const unanswered = countUnanswered(questions, values);
  const timeFormat = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' });

  return (
    <>
      <div className="quiz-bar">
        {remaining !== null ? (
          <p className={remaining < 60_000 ? 'quiz-timer quiz-timer-low' : 'quiz-timer'} role="timer" aria-live="off">
            {t('player.timeLeft')} <strong>{countdown(remaining)}</strong>
          </p>
        ) : (
          <p className="quiz-timer">{t('player.noTimeLimit')}</p>
        )}
        <p className="quiz-save" role="status" aria-live="polite">
          {saveState.kind === 'saved'
            ? t('save.savedAt', { time: timeFormat.format(saveState.at) })
            : saveState.kind === 'pending' || saveState.kind === 'saving'
              ? t('save.saving')
              : saveState.kind === 'offline'
                ? t('save.offlineShort')
                : t('save.auto')}
        </p>
      </div>
      <TimeWarnings remaining={remaining} />
      {timeUp ? (
        <div className="notice notice-warn" role="alert">
          <p>{t('player.timeUp')}</p>
        </div>
      ) : null}
      {saveState.kind === 'offline' ? (
        <div className="notice notice-warn" role="alert">
          <p>{t('save.offline')}</p>
        </div>
      ) : null}
      {saveState.kind === 'refused' ? (
        <div className="notice notice-error" role="alert">
          <p>{problemText(saveState.error)}</p>
        </div>
      ) : null}
      {restoredCount ? <p className="notice">{t('save.restored', { count: restoredCount })}</p> : null}

      <form
        className="quiz-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!locked) setSubmit({ kind: 'confirming' });
        }}
      >
        {questions.map((question, index) => (
          <QuestionCard key={question.id} question={question} index={index} total={questions.length} onLeave={() => void saver.flush()}>
            {(promptId) => <QuestionField question={question} value={values[question.id]} onChange={(v) => change(question, v)} disabled={locked} promptId={promptId} />}
          </QuestionCard>
        ))}
        <div className="quiz-actions">
          <p>{unanswered ? t('player.unanswered', { count: unanswered }) : t('player.allAnswered')}</p>
          <button type="submit" className="primary" disabled={locked}>
            {t('player.submit')}
          </button>
        </div>
      </form>
      {submit.kind === 'sending' ? (
        <p className="notice" role="status">
          {t('submit.sending')}
        </p>
      ) : null}
      {submit.kind === 'offline' ? (
        <div className="notice notice-warn" role="alert">
          <p>{t('submit.offline')}</p>
        </div>
      ) : null}
      {submit.kind === 'failed' ? <QuizProblem error={submit.error} onRetry={() => void sendSubmit()} /> : null}
      <SubmitDialog
        open={submit.kind === 'confirming'}
        unanswered={unanswered}
        onCancel={() => setSubmit({ kind: 'idle' })}
        onConfirm={() => void sendSubmit()}
      />
    </>
  );
}

/** Five minutes and one minute before the end, said once to screen readers (the countdown itself is not announced every second). */
function TimeWarnings({ remaining }: { remaining: number | null }) {
  const { t } = useTranslation('quiz');
  const [warning, setWarning] = useState('');
  const said = useRef(new Set<number>());
  useEffect(() => {
    if (remaining === null || remaining === 0) return;
    for (const minutes of [5, 1]) {
      if (remaining <= minutes * 60_000 && remaining > (minutes * 60_000) - 5_000 && !said.current.has(minutes)) {
        said.current.add(minutes);
        setWarning(t('player.minutesLeft', { count: minutes }));
      }
    }
  }, [remaining, t]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {warning}
    </p>
  );
}
