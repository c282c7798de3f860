import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { ErrorMessage, Loading, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { useLocalized } from '../common/localized';
import { Schemas, usePublishedCourses, useUnits } from './data';
import { dayFromNow, endOfDay } from './dueDate';
import { Field, FormError } from './Field';
import { fieldErrors } from './fieldErrors';
import { TableWrap } from './TableWrap';
import { InstitutionGate } from './InstitutionGate';
import { Pager } from './Pager';

type Target = 'users' | 'unit' | 'institution';

/** Assigning a published course to chosen people, a unit or the whole institution, and the assignments made so far. */
export function Assign() {
  const { t } = useTranslation('coordinator');
  return (
    <Page title={t('assign.title')}>
      <InstitutionGate>
        {(institutionId) => (
          <>
            <AssignForm institutionId={institutionId} />
            <Assignments institutionId={institutionId} />
          </>
        )}
      </InstitutionGate>
    </Page>
  );
}

function AssignForm({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const title = useLocalized();
  const courses = usePublishedCourses();
  const units = useUnits(institutionId);
  const queryClient = useQueryClient();
  const [courseId, setCourseId] = useState('');
  const [target, setTarget] = useState<Target>('unit');
  const [unitId, setUnitId] = useState('');
  const [people, setPeople] = useState<Map<string, string>>(new Map());
  const [due, setDue] = useState(dayFromNow(30));
  const assign = useMutation({
    mutationFn: async () =>
      data(
        await api.POST('/api/v1/assignments', {
          body: {
            courseId,
            dueAt: due ? endOfDay(due) : '',
            ...(target === 'users' ? { userIds: [...people.keys()] } : target === 'unit' ? { unitId } : { institutionId }),
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['assignments'] });
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
    },
  });
  const errors = fieldErrors(assign.error, ['courseId', 'dueAt', 'userIds', 'unitId']);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    assign.mutate();
  };
  return (
    <form className="form coordinator-wide-form" onSubmit={onSubmit} noValidate>
      <FormError error={assign.error} errors={errors} />
      <Field label={t('assign.course')} error={errors.courseId}>
        <select value={courseId} onChange={(e) => setCourseId(e.target.value)}>
          <option value="">{t('assign.chooseCourse')}</option>
          {courses.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {title(c.title)}
            </option>
          ))}
        </select>
      </Field>
      {courses.isError ? <ErrorMessage error={courses.error} onRetry={() => void courses.refetch()} /> : null}
      <fieldset className="coordinator-fieldset">
        <legend>{t('assign.target')}</legend>
        {(['unit', 'users', 'institution'] as const).map((value) => (
          <label key={value} className="coordinator-choice">
            <input type="radio" name="target" value={value} checked={target === value} onChange={() => setTarget(value)} />
            {t(`assign.targets.${value}`)}
          </label>
        ))}
      </fieldset>
      {target === 'unit' ? (
        <Field label={t('people.unit')} error={errors.unitId}>
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t('assign.chooseUnit')}</option>
            {units.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {target === 'users' ? <PeoplePicker institutionId={institutionId} chosen={people} onChange={setPeople} error={errors.userIds} /> : null}
      <Field label={t('assign.due')} hint={t('assign.dueHint')} error={errors.dueAt}>
        <input type="date" value={due} min={dayFromNow(0)} onChange={(e) => setDue(e.target.value)} />
      </Field>
      <div>
        <button type="submit" className="primary" disabled={assign.isPending}>
          {assign.isPending ? t('saving') : t('assign.submit')}
        </button>
      </div>
      <p role="status" className={assign.data ? 'notice notice-ok' : undefined}>
        {assign.data ? t('assign.done', { n: assign.data.enrollmentsCreated }) : ''}
      </p>
    </form>
  );
}

/** Active officers of the institution, searched by name or e-mail, ticked into the selection. */
function PeoplePicker({
  institutionId,
  chosen,
  onChange,
  error,
}: {
  institutionId: string;
  chosen: Map<string, string>;
  onChange: (next: Map<string, string>) => void;
  error?: string;
}) {
  const { t } = useTranslation('coordinator');
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['users', institutionId, 'officers', q],
    queryFn: async () =>
      data(await api.GET('/api/v1/users', { params: { query: { institutionId, role: 'officer', active: true, limit: 50, ...(q.trim() ? { q: q.trim() } : {}) } } })),
    placeholderData: keepPreviousData,
  });
  const toggle = (id: string, name: string) => {
    const next = new Map(chosen);
    if (next.has(id)) next.delete(id);
    else next.set(id, name);
    onChange(next);
  };
  return (
    <fieldset className="coordinator-fieldset" aria-describedby={error ? 'people-error' : undefined}>
      <legend>{t('assign.people')}</legend>
      <Field label={t('assign.findPeople')}>
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </Field>
      {found.isPending ? <Loading /> : found.isError ? <ErrorMessage error={found.error} /> : null}
      {found.data ? (
        <ul className="coordinator-checklist">
          {found.data.items.map((u) => (
            <li key={u.id}>
              <label className="coordinator-choice">
                <input type="checkbox" checked={chosen.has(u.id)} onChange={() => toggle(u.id, u.fullName)} />
                {u.fullName} <span className="coordinator-hint">{u.email}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status">{t('assign.chosen', { n: chosen.size })}</p>
      {chosen.size > 0 ? (
        <ul className="coordinator-chips">
          {[...chosen].map(([id, name]) => (
            <li key={id}>
              {name}{' '}
              <button type="button" onClick={() => toggle(id, name)} aria-label={t('assign.remove', { name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p id="people-error" className="coordinator-field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function Assignments({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const title = useLocalized();
  const format = useFormat();
  const courses = usePublishedCourses();
  const units = useUnits(institutionId);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['assignments', page],
    queryFn: async () => data(await api.GET('/api/v1/assignments', { params: { query: { page, limit: 20 } } })),
  });
  const courseTitle = (id: string) => {
    const course = courses.data?.find((c) => c.id === id);
    return course ? title(course.title) : t('assign.unknownCourse');
  };
  const targetText = (a: Schemas['AssignmentView']) =>
    a.target === 'unit'
      ? (units.data?.find((u) => u.id === a.unitId)?.name ?? t('assign.targets.unit'))
      : a.target === 'institution'
        ? t('assign.targets.institution')
        : t('assign.peopleCount', { n: a.userIds.length });
  return (
    <section className="coordinator-section" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{t('assign.list')}</h2>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.total === 0 ? (
          <p>{t('assign.none')}</p>
        ) : (
          <>
            <TableWrap label={t('assign.list')}>
              <table>
                <caption className="visually-hidden">{t('assign.list')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.course')}</th>
                    <th scope="col">{t('assign.target')}</th>
                    <th scope="col">{t('dashboard.due')}</th>
                    <th scope="col">{t('assign.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((a) => (
                    <tr key={a.id}>
                      <td>{courseTitle(a.courseId)}</td>
                      <td>{targetText(a)}</td>
                      <td>{format.date(a.dueAt)}</td>
                      <td>{format.date(a.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <Pager page={page} limit={query.data.limit} total={query.data.total} onPage={setPage} />
          </>
        )
      ) : null}
    </section>
  );
}
