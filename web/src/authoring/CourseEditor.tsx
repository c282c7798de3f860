import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, QueryStatus } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { AuthorCourse, cleanText, CourseModule, fetchCourse, hasText, InstitutionType, keys } from './api';
import { AudienceChoice, CourseState } from './CourseList';
import { errorProps, FieldError, LocalizedFields, numberOrNull, TextValue, useFocusFromHash } from './fields';
import { refusedForm } from './fieldErrors';
import { PublishPanel, VersionHistory } from './Publish';
import { useLocalized } from '../common/localized';

/** One course's draft: its texts and audience, its modules in order, publishing and versions. */
export function CourseEditor() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const query = useQuery({ queryKey: keys.course(courseId), queryFn: () => fetchCourse(courseId) });
  useFocusFromHash(query.isSuccess);
  const course = query.data;
  return (
    <Page title={course ? localized(course.title) : t('course.title')}>
      <p>
        <Link to="/authoring/courses">{t('course.back')}</Link>
      </p>
      <QueryStatus query={query} />
      {course ? (
        <>
          <div className="course-state">
            <CourseState course={course} />
            <ArchiveButton course={course} />
          </div>
          <CourseDetails key={course.id} course={course} />
          <Modules course={course} />
          <PublishPanel course={course} />
          <VersionHistory course={course} />
        </>
      ) : null}
    </Page>
  );
}

/** Archived: no new assignments, running enrollments go on; it can be brought back. */
function ArchiveButton({ course }: { course: AuthorCourse }) {
  const { t } = useTranslation('authoring');
  const client = useQueryClient();
  const archived = course.status === 'archived';
  const toggle = useMutation({
    mutationFn: async () =>
      data(
        archived
          ? await api.POST('/api/v1/courses/{id}/unarchive', { params: { path: { id: course.id } } })
          : await api.POST('/api/v1/courses/{id}/archive', { params: { path: { id: course.id } } }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.course(course.id) }),
  });
  return (
    <>
      <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending} aria-describedby="archive-hint">
        {archived ? t('course.unarchive') : t('course.archive')}
      </button>
      <span className="hint" id="archive-hint">
        {archived ? t('course.archivedHint') : t('course.archiveHint')}
      </span>
      {toggle.isError ? <ErrorMessage error={toggle.error} /> : null}
    </>
  );
}

function CourseDetails({ course }: { course: AuthorCourse }) {
  const { t } = useTranslation('authoring');
  const client = useQueryClient();
  const [title, setTitle] = useState<TextValue>(course.title);
  const [description, setDescription] = useState<TextValue>(course.description ?? {});
  const [audience, setAudience] = useState<InstitutionType[]>(course.audience);
  const [validity, setValidity] = useState(course.certificateValidityMonths?.toString() ?? '');
  const save = useMutation({
    mutationFn: async () =>
      data(
        await api.PATCH('/api/v1/courses/{id}', {
          params: { path: { id: course.id } },
          body: {
            title: cleanText(title),
            description: hasText(description) ? cleanText(description) : null,
            audience,
            certificateValidityMonths: numberOrNull(validity),
          },
        }),
      ),
    onSuccess: (saved) => client.setQueryData(keys.course(course.id), { ...saved, modules: course.modules }),
  });
  const ids = ['title-pl', 'title-en', 'title-uk', 'description-pl', 'description-en', 'description-uk', 'audience', 'certificateValidityMonths'];
  const { byInput, formError } = refusedForm(save.error, ids, { title: 'title-pl', description: 'description-pl' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('course.details')}</h2>
      <form onSubmit={submit} noValidate className="editor-form">
        <LocalizedFields name="title" label={t('course.courseTitle')} value={title} onChange={setTitle} errors={byInput} required />
        <LocalizedFields name="description" label={t('course.description')} value={description} onChange={setDescription} errors={byInput} multiline />
        <AudienceChoice id="audience" value={audience} onChange={setAudience} errors={byInput.audience} />
        <div className="form">
          <label htmlFor="certificateValidityMonths">{t('course.validity')}</label>
          <input
            id="certificateValidityMonths"
            type="number"
            min={1}
            max={240}
            value={validity}
            onChange={(e) => setValidity(e.target.value)}
            aria-describedby="validity-hint"
            {...errorProps('certificateValidityMonths', byInput.certificateValidityMonths)}
          />
          <p className="hint" id="validity-hint">
            {t('course.validityHint')}
          </p>
          <FieldError id="certificateValidityMonths" messages={byInput.certificateValidityMonths} />
        </div>
        {formError ? <ErrorMessage error={formError} /> : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('form.save')}
          </button>
          <p role="status" className="saved">
            {save.isSuccess ? t('form.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

/** The modules in order: open, move up or down (buttons, or Alt+arrow keys on the row), delete after a confirmation. */
function Modules({ course }: { course: AuthorCourse }) {
  const { t } = useTranslation('authoring');
  const localized = useLocalized();
  const client = useQueryClient();
  const modules = course.modules ?? [];
  const [announcement, setAnnouncement] = useState('');
  const [deleting, setDeleting] = useState<CourseModule>();
  /** After a move, focus returns to the moved module's button of the same direction (or its other one at an end). */
  const refocus = useRef<{ id: string; direction: 'up' | 'down' }>(undefined);
  const listRef = useRef<HTMLOListElement>(null);

  const move = useMutation({
    mutationFn: async ({ module, to }: { module: CourseModule; to: number; direction: 'up' | 'down' }) =>
      data(await api.PATCH('/api/v1/courses/{id}/modules/{moduleId}', { params: { path: { id: course.id, moduleId: module.id } }, body: { position: to } })),
    onSuccess: async (moved, { direction }) => {
      refocus.current = { id: moved.id, direction };
      await client.invalidateQueries({ queryKey: keys.course(course.id) });
      setAnnouncement(t('modules.moved', { title: localized(moved.title), position: moved.position, count: modules.length }));
    },
  });
  const remove = useMutation({
    mutationFn: async (module: CourseModule) => {
      await api.DELETE('/api/v1/courses/{id}/modules/{moduleId}', { params: { path: { id: course.id, moduleId: module.id } } });
      return module;
    },
    onSuccess: async (module) => {
      setDeleting(undefined);
      await client.invalidateQueries({ queryKey: keys.course(course.id) });
      setAnnouncement(t('modules.deleted', { title: localized(module.title) }));
      document.getElementById('modules-heading')?.focus();
    },
  });

  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    const row = listRef.current?.querySelector(`[data-module="${target.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`button[data-move="${target.direction}"]`);
    (wanted && !wanted.disabled ? wanted : row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)'))?.focus();
    refocus.current = undefined;
  }, [modules]);

  const shift = (module: CourseModule, direction: 'up' | 'down') => {
    const to = module.position + (direction === 'up' ? -1 : 1);
    if (to < 1 || to > modules.length || move.isPending) return;
    move.mutate({ module, to, direction });
  };
  const onRowKey = (e: KeyboardEvent, module: CourseModule) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    shift(module, e.key === 'ArrowUp' ? 'up' : 'down');
  };

  return (
    <section className="panel" aria-labelledby="modules-heading">
      <h2 id="modules-heading" tabIndex={-1}>
        {t('modules.title')}
      </h2>
      {modules.length === 0 ? (
        <p>{t('modules.none')}</p>
      ) : (
        <>
          <p className="hint" id="modules-hint">
            {t('modules.keyboardHint')}
          </p>
          <ol className="module-list" ref={listRef} aria-describedby="modules-hint">
            {modules.map((m) => (
              <li key={m.id} data-module={m.id} onKeyDown={(e) => onRowKey(e, m)}>
                <span className="module-kind">{t(`modules.kind.${m.kind}`)}</span>
                <Link to={`/authoring/courses/${course.id}/modules/${m.id}`} className="module-title">
                  {localized(m.title)}
                </Link>
                <span className="module-actions">
                  <button type="button" data-move="up" disabled={m.position === 1} onClick={() => shift(m, 'up')} aria-label={t('modules.moveUp', { title: localized(m.title) })}>
                    {t('modules.up')}
                  </button>
                  <button
                    type="button"
                    data-move="down"
                    disabled={m.position === modules.length}
                    onClick={() => shift(m, 'down')}
                    aria-label={t('modules.moveDown', { title: localized(m.title) })}
                  >
                    {t('modules.down')}
                  </button>
                  <button type="button" className="danger" onClick={() => setDeleting(m)} aria-label={t('modules.deleteOne', { title: localized(m.title) })}>
                    {t('modules.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p role="status" aria-live="polite" className="announce">
        {announcement}
      </p>
      {move.isError ? <ErrorMessage error={move.error} /> : null}
      {deleting ? (
        <ConfirmDelete
          title={localized(deleting.title)}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting)}
          onCancel={() => {
            const id = deleting.id;
            setDeleting(undefined);
            listRef.current?.querySelector<HTMLButtonElement>(`[data-module="${id}"] button.danger`)?.focus();
          }}
        />
      ) : null}
      <AddModule course={course} />
    </section>
  );
}

/** A modal dialog (the browser's own: focus stays inside, Escape cancels). */
function ConfirmDelete({ title, busy, error, onConfirm, onCancel }: { title: string; busy: boolean; error: unknown; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation('authoring');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="delete-heading"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="delete-heading">{t('modules.confirmTitle')}</h2>
      <p>{t('modules.confirmText', { title })}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="actions">
        <button type="button" className="danger-solid" onClick={onConfirm} disabled={busy}>
          {t('modules.confirmDelete')}
        </button>
        <button type="button" onClick={onCancel} autoFocus>
          {t('form.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** A new lesson or quiz at the end; the editor of the new module opens. */
function AddModule({ course }: { course: AuthorCourse }) {
  const { t } = useTranslation('authoring');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [kind, setKind] = useState<'lesson' | 'quiz'>('lesson');
  const [title, setTitle] = useState('');
  const add = useMutation({
    mutationFn: async () =>
      data(
        await api.POST('/api/v1/courses/{id}/modules', {
          params: { path: { id: course.id } },
          body:
            kind === 'lesson'
              ? { kind, title: { pl: title }, minStudySeconds: 0 }
              : // Settings a trainer then adjusts; the quiz cannot be published before it has questions.
                { kind, title: { pl: title }, quiz: { passMarkPercent: 70, maxAttempts: 3, shuffleQuestions: false, shuffleOptions: true, reviewPolicy: 'score' } },
        }),
      ),
    onSuccess: async (module) => {
      await client.invalidateQueries({ queryKey: keys.course(course.id) });
      void navigate(`/authoring/courses/${course.id}/modules/${module.id}`);
    },
  });
  // The API's paths are the body's (`title.pl`): prefixed, they name this form's ids.
  const { byInput: errors, formError } = refusedForm(add.error, ['add-module-kind', 'add-module-title-pl'], { 'add-module-title': 'add-module-title-pl' }, 'add-module');
  return (
    <form
      className="form add-module"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <h3>{t('modules.add')}</h3>
      <label htmlFor="add-module-kind">{t('modules.newKind')}</label>
      <select id="add-module-kind" value={kind} onChange={(e) => setKind(e.target.value as 'lesson' | 'quiz')}>
        <option value="lesson">{t('modules.kind.lesson')}</option>
        <option value="quiz">{t('modules.kind.quiz')}</option>
      </select>
      <label htmlFor="add-module-title-pl">{t('modules.newTitle')}</label>
      <input id="add-module-title-pl" type="text" value={title} onChange={(e) => setTitle(e.target.value)} {...errorProps('add-module-title-pl', errors['add-module-title-pl'])} />
      <FieldError id="add-module-title-pl" messages={errors['add-module-title-pl']} />
      {formError ? <ErrorMessage error={formError} /> : null}
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('modules.addButton')}
      </button>
    </form>
  );
}
