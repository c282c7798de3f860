import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import type { components } from '../api/schema';
import { ErrorMessage, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { localized } from '../common/localized';
import { parsePoints } from './grading-format';

type QueueItem = components['schemas']['GradingQueueItemView'];

/** `/grading`: essay answers waiting in the trainer's courses, one at a time, and the results of each course. */
export function GradingQueue() {
  const { t, i18n } = useTranslation('grading');
  const [index, setIndex] = useState(0);
  const [message, setMessage] = useState('');
  // Once the trainer moves through the queue, each answer shown takes the focus (its heading), so a screen reader follows.
  const [moved, setMoved] = useState(false);
  const queue = useQuery({
    queryKey: ['grading-queue'],
    queryFn: async () => data(await api.GET('/api/v1/grading/queue', { params: { query: { limit: 100 } } })),
  });
  const courses = useQuery({ queryKey: ['course-results'], queryFn: async () => data(await api.GET('/api/v1/reports/courses')) });
  const items = queue.data?.items ?? [];
  const at = Math.max(0, Math.min(index, items.length - 1));
  const current = items[at];
  const go = (to: number) => {
    setMoved(true);
    setIndex(to);
  };
  return (
    <Page title={t('queue.title')}>
      <p role="status">{message}</p>
      <QueryStatus query={queue} />
      {queue.data && items.length === 0 ? <p>{t('queue.empty')}</p> : null}
      {current ? (
        <>
          <nav className="queue-nav" aria-label={t('queue.navLabel')}>
            <button type="button" className="secondary" disabled={at === 0} onClick={() => go(at - 1)}>
              {t('queue.previous')}
            </button>
            <span>{t('queue.position', { n: at + 1, total: queue.data?.total ?? items.length })}</span>
            <button type="button" className="secondary" disabled={at >= items.length - 1} onClick={() => go(at + 1)}>
              {t('queue.next')}
            </button>
          </nav>
          <GradeForm
            key={`${current.attemptId}/${current.questionId}`}
            item={current}
            focus={moved}
            onGraded={(text) => {
              setMessage(text);
              setMoved(true);
              // The graded answer leaves the queue: the same position now shows the next one.
              void queue.refetch();
            }}
          />
        </>
      ) : null}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('queue.results')}</h2>
        <QueryStatus query={courses} />
        {courses.data?.items.length === 0 ? <p>{t('queue.noCourses')}</p> : null}
        {courses.data?.items.length ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('queue.colCourse')}</th>
                  <th scope="col">{t('queue.colAttempts')}</th>
                  <th scope="col">{t('queue.colWaiting')}</th>
                </tr>
              </thead>
              <tbody>
                {courses.data.items.map((c) => (
                  <tr key={c.courseId}>
                    <td>
                      <Link to={`/grading/courses/${c.courseId}`}>{localized(c.title, i18n.language)}</Link>
                    </td>
                    <td>{c.attempts}</td>
                    <td>{c.needsReview}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </Page>
  );
}

function GradeForm({ item, focus, onGraded }: { item: QueueItem; focus: boolean; onGraded: (message: string) => void }) {
  const { t, i18n } = useTranslation('grading');
  const format = useFormat();
  const client = useQueryClient();
  const [points, setPoints] = useState('');
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setInvalid(false), [points]);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const grade = useMutation({
    mutationFn: async (value: number) =>
      data(
        await api.POST('/api/v1/attempts/{id}/grades', {
          params: { path: { id: item.attemptId } },
          body: { questionId: item.questionId, points: value, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
      ),
    onSuccess: async (attempt) => {
      await client.invalidateQueries({ queryKey: ['course-results'] });
      onGraded(
        attempt.status === 'graded'
          ? t('grade.savedGraded', { score: format.number(attempt.score, 2), max: format.number(attempt.maxScore, 2) })
          : t('grade.savedWaiting'),
      );
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = parsePoints(points, item.maxPoints);
    if (value === undefined) setInvalid(true);
    else grade.mutate(value);
  };
  return (
    <article className="card grade-item">
      <h2 ref={heading} tabIndex={-1}>
        {localized(item.prompt, i18n.language)}
      </h2>
      {/* Who wrote it and in which course: names and titles are text, React escapes them. */}
      <p className="hint">{t('grade.officer', { name: item.officerName })}</p>
      <p className="hint">
        {t('grade.course', { title: localized(item.courseTitle, i18n.language), version: item.courseVersion })} ·{' '}
        {t('grade.submitted', { date: format.dateTime(item.submittedAt) })}
      </p>
      {item.graderInfo ? (
        <div className="grader-info">
          <h3>{t('grade.graderInfo')}</h3>
          <p className="plain-text">{localized(item.graderInfo, i18n.language)}</p>
        </div>
      ) : null}
      <h3>{t('grade.response')}</h3>
      {/* The officer's words as text: React escapes them, nothing in them is markup. */}
      <div className="plain-text response">{item.response || t('grade.noResponse')}</div>
      <form onSubmit={submit} className="grade-form" noValidate>
        <div className="field">
          <label htmlFor="grade-points">{t('grade.points', { max: format.number(item.maxPoints, 2) })}</label>
          <div className="inline">
            <input
              id="grade-points"
              inputMode="decimal"
              value={points}
              onChange={(e) => setPoints(e.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? 'grade-points-error' : undefined}
              required
            />
            <span>/ {format.number(item.maxPoints, 2)}</span>
          </div>
          {invalid ? (
            <p className="field-error" id="grade-points-error">
              {t('grade.pointsInvalid', { max: format.number(item.maxPoints, 2) })}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="grade-comment">{t('grade.comment')}</label>
          <textarea id="grade-comment" rows={4} maxLength={5000} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        {grade.isError ? <ErrorMessage error={grade.error} /> : null}
        <button type="submit" className="primary" disabled={grade.isPending}>
          {grade.isPending ? t('grade.saving') : t('grade.save')}
        </button>
      </form>
    </article>
  );
}
