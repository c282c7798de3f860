import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import { ProblemError } from '../api/problem';
import { ErrorMessage, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { AuthorCourse, fetchVersion, fetchVersions, keys, PublishedVersion } from './api';
import { ChangeList } from './ChangeList';
import { diffCourses, outlineOfDraft, outlineOfSnapshot } from './courseDiff';
import type { FieldProblem } from '../common/field-errors';
import { publishErrorTarget } from './fieldErrors';
import { useLocalized } from '../common/localized';

/**
 * Publishing: what changed since the last published version (the draft compared with it
 * in the browser), whether enrollments under way move to the new version, then the Publish
 * button. If the publish check refuses, each of its errors is a link to the input that fixes
 * it; once published, how many enrollments moved or stayed, and the warnings (a course without a quiz).
 */
export function PublishPanel({ course }: { course: AuthorCourse }) {
  const { t } = useTranslation('authoring');
  const client = useQueryClient();
  const last = useQuery({
    queryKey: keys.version(course.id, course.currentVersion),
    queryFn: () => fetchVersion(course.id, course.currentVersion),
    enabled: course.currentVersion > 0,
    staleTime: Infinity, // a version never changes
  });
  const [moveInProgress, setMoveInProgress] = useState(false);
  const publish = useMutation({
    mutationFn: async () => data(await api.POST('/api/v1/courses/{id}/publish', { params: { path: { id: course.id } }, body: { moveInProgress } })),
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: keys.course(course.id) }), client.invalidateQueries({ queryKey: keys.versions(course.id) })]);
    },
  });
  const refused = publish.error instanceof ProblemError && publish.error.code === 'course-not-publishable' ? (publish.error.problem.errors ?? []) : undefined;
  return (
    <section className="panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('publish.title')}</h2>
      {course.currentVersion > 0 ? (
        <>
          <h3>{t('publish.changesSince', { version: course.currentVersion })}</h3>
          <QueryStatus query={last} />
          {last.data ? <ChangeList changes={diffCourses(outlineOfSnapshot(last.data.snapshot), outlineOfDraft(course))} /> : null}
        </>
      ) : (
        <p>{t('publish.never')}</p>
      )}
      {course.currentVersion > 0 ? (
        <div className="form">
          <label className="choice">
            <input id="publish-moveInProgress" type="checkbox" checked={moveInProgress} onChange={(e) => setMoveInProgress(e.target.checked)} aria-describedby="publish-moveInProgress-hint" />
            {t('publish.moveInProgress')}
          </label>
          <p className="hint" id="publish-moveInProgress-hint">
            {t('publish.moveInProgressHint')}
          </p>
        </div>
      ) : null}
      <button type="button" className="primary" onClick={() => publish.mutate()} disabled={publish.isPending}>
        {publish.isPending ? t('publish.busy') : t('publish.button')}
      </button>
      <div role="status" aria-live="polite">
        {publish.isSuccess ? <Published outcome={publish.data} /> : null}
      </div>
      {refused ? <PublishErrors course={course} errors={refused} /> : publish.isError ? <ErrorMessage error={publish.error} /> : null}
    </section>
  );
}

/** What the publish did: the version, the enrollments moved and kept, and each warning. */
export function Published({ outcome }: { outcome: PublishedVersion }) {
  const { t } = useTranslation('authoring');
  const { enrollmentsMoved: moved, enrollmentsKept: kept } = outcome;
  return (
    <>
      <div className="notice notice-ok">
        <p>{t('publish.done', { version: outcome.version })}</p>
        {outcome.version > 1 ? (
          <ul>
            <li>{t('publish.movedNotStarted', { count: moved.notStarted })}</li>
            {moved.inProgress > 0 ? <li>{t('publish.movedInProgress', { count: moved.inProgress })}</li> : null}
            {kept.inProgress > 0 ? <li>{t('publish.keptInProgress', { count: kept.inProgress })}</li> : null}
            {kept.completed > 0 ? <li>{t('publish.keptCompleted', { count: kept.completed })}</li> : null}
          </ul>
        ) : null}
      </div>
      {outcome.warnings.map((w) => (
        <p key={w.code} className="notice notice-warn">
          {t(`publish.warnings.${w.code}`)}
        </p>
      ))}
    </>
  );
}

function PublishErrors({ course, errors }: { course: AuthorCourse; errors: FieldProblem[] }) {
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const modules = course.modules ?? [];
  return (
    <div className="notice notice-error" role="alert">
      <p>{t('publish.refused')}</p>
      <ul>
        {errors.map((e) => {
          const target = publishErrorTarget(e.field);
          const module = target.moduleIndex === undefined ? undefined : modules[target.moduleIndex];
          const apiText = e.messages?.join(' ') ?? e.message ?? '';
          const text =
            target.kind === 'other' || !module
              ? target.kind === 'noModules'
                ? t('publish.errors.noModules')
                : apiText
              : t(`publish.errors.${target.kind}`, { title: localized(module.title), number: (target.index ?? 0) + 1, detail: apiText });
          const to = module ? `/authoring/courses/${course.id}/modules/${module.id}#${target.inputId}` : `/authoring/courses/${course.id}#${target.inputId}`;
          return (
            <li key={e.field}>
              <Link to={to}>{text}</Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Every published version, newest first; each opens with its diff and errata. */
export function VersionHistory({ course }: { course: AuthorCourse }) {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  const query = useQuery({ queryKey: keys.versions(course.id), queryFn: () => fetchVersions(course.id) });
  return (
    <section className="panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.title')}</h2>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.length === 0 ? (
          <p>{t('versions.none')}</p>
        ) : (
          <ul className="versions">
            {query.data.map((v) => (
              <li key={v.version}>
                <Link to={`/authoring/courses/${course.id}/versions/${v.version}`}>{t('versions.version', { version: v.version })}</Link>
                {' · '}
                {t('versions.publishedAt', { date: format.dateTime(v.publishedAt) })}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
