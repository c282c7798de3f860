import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, data } from '../api/client';
import { useUser } from '../auth/useUser';
import { ErrorMessage, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { AuthorCourse, fetchCourses, INSTITUTION_TYPES, InstitutionType, keys } from './api';
import { errorProps, FieldError, numberOrNull } from './fields';
import { refusedForm } from './fieldErrors';
import { useLocalized } from '../common/localized';

/** The state of a course in words: draft, published (version n, maybe with changes since), archived. */
export function CourseState({ course }: { course: AuthorCourse }) {
  const { t } = useTranslation('authoring');
  if (course.status === 'archived') return <span className="state state-archived">{t('state.archived')}</span>;
  if (course.status === 'draft') return <span className="state state-draft">{t('state.draft')}</span>;
  return (
    <span className="state state-published">
      {t('state.published', { version: course.currentVersion })}
      {course.hasUnpublishedChanges ? ` · ${t('state.unpublishedChanges')}` : ''}
    </span>
  );
}

/** A trainer's own courses (an admin's: everyone's), and a new one. */
export function CourseList() {
  const { t } = useTranslation('authoring');
  const user = useUser();
  const all = user?.role === 'admin';
  const format = useFormat();
  const localized = useLocalized();
  const query = useQuery({ queryKey: [...keys.myCourses, all], queryFn: () => fetchCourses(all) });
  return (
    <Page title={all ? t('courses.titleAll') : t('courses.title')}>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.length === 0 ? (
          <p>{t('courses.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('courses.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('courses.course')}</th>
                  <th scope="col">{t('courses.state')}</th>
                  <th scope="col">{t('courses.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/authoring/courses/${c.id}`}>{localized(c.title)}</Link>
                    </td>
                    <td>
                      <CourseState course={c} />
                    </td>
                    <td>{format.dateTime(c.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      <NewCourse />
    </Page>
  );
}

function NewCourse() {
  const { t } = useTranslation('authoring');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<InstitutionType[]>(['police', 'municipal_guard', 'border_guard', 'social_services']);
  const [validity, setValidity] = useState('24');
  const create = useMutation({
    mutationFn: async () =>
      data(await api.POST('/api/v1/courses', { body: { title: { pl: title }, audience, certificateValidityMonths: numberOrNull(validity) } })),
    onSuccess: (course) => {
      void client.invalidateQueries({ queryKey: keys.myCourses });
      void navigate(`/authoring/courses/${course.id}`);
    },
  });
  const ids = ['new-title-pl', 'new-audience', 'new-certificateValidityMonths'];
  // The API's paths are the body's (`title.pl`): prefixed, they name this form's ids.
  const { byInput, formError } = refusedForm(create.error, ids, { 'new-title': 'new-title-pl' }, 'new');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section className="panel" aria-labelledby="new-course-heading">
      <h2 id="new-course-heading">{t('courses.new')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <label htmlFor="new-title-pl">{t('courses.newTitle')}</label>
        <input id="new-title-pl" type="text" required value={title} onChange={(e) => setTitle(e.target.value)} {...errorProps('new-title-pl', byInput['new-title-pl'])} />
        <FieldError id="new-title-pl" messages={byInput['new-title-pl']} />
        <AudienceChoice id="new-audience" value={audience} onChange={setAudience} errors={byInput['new-audience']} />
        <label htmlFor="new-certificateValidityMonths">{t('course.validity')}</label>
        <input
          id="new-certificateValidityMonths"
          type="number"
          min={1}
          max={240}
          inputMode="numeric"
          value={validity}
          onChange={(e) => setValidity(e.target.value)}
          aria-describedby="new-validity-hint"
          {...errorProps('new-certificateValidityMonths', byInput['new-certificateValidityMonths'])}
        />
        <p className="hint" id="new-validity-hint">
          {t('course.validityHint')}
        </p>
        <FieldError id="new-certificateValidityMonths" messages={byInput['new-certificateValidityMonths']} />
        {formError ? <ErrorMessage error={formError} /> : null}
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('courses.create')}
        </button>
      </form>
    </section>
  );
}

/** Which institution types a course is meant for: a group of checkboxes. */
export function AudienceChoice({ id, value, onChange, errors }: { id: string; value: InstitutionType[]; onChange: (v: InstitutionType[]) => void; errors?: string[] }) {
  const { t } = useTranslation('authoring');
  return (
    <fieldset className="choices" id={id} tabIndex={-1} {...errorProps(id, errors)}>
      <legend>{t('course.audience')}</legend>
      {INSTITUTION_TYPES.map((type) => (
        <label key={type} className="choice">
          <input
            type="checkbox"
            checked={value.includes(type)}
            onChange={(e) => onChange(e.target.checked ? [...value, type] : value.filter((v) => v !== type))}
          />
          {t(`audience.${type}`)}
        </label>
      ))}
      <FieldError id={id} messages={errors} />
    </fieldset>
  );
}
