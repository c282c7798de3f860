import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ProblemError } from '../api/problem';
import { Role, User } from '../auth/session';
import { useUser } from '../auth/useUser';
import { ErrorMessage, Loading, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { useLocalized } from '../common/localized';
import { Schemas, useUnits } from './data';
import { TableWrap } from './TableWrap';
import { Field, FormError } from './Field';
import { fieldErrors } from './fieldErrors';
import { grantableRoles } from './roles';

type Person = Schemas['UserView'];

/** One person: their details (editable where the coordinator may), deactivation, and their training record. */
export function PersonDetail() {
  const { t } = useTranslation('coordinator');
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useQuery({
    queryKey: ['users', 'one', id],
    queryFn: async () => data(await api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
  });
  if (query.isPending) {
    return (
      <Page title={t('person.title')}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) {
    const notFound = query.error instanceof ProblemError && (query.error.status === 404 || query.error.status === 400);
    return (
      <Page title={notFound ? t('person.notFound') : t('person.title')}>
        <ErrorMessage error={query.error} onRetry={notFound ? undefined : () => void query.refetch()} />
        <p>
          <Link to="/people">{t('person.back')}</Link>
        </p>
      </Page>
    );
  }
  const person = query.data;
  const created = (location.state as { notice?: string } | null)?.notice === 'created';
  return (
    <Page title={person.fullName}>
      <p>
        <Link to="/people">{t('person.back')}</Link>
      </p>
      {created ? (
        <p className="notice notice-ok" role="status">
          {t('person.created')}
        </p>
      ) : null}
      <PersonEditor person={person} />
      <Transcript userId={person.id} />
    </Page>
  );
}

function PersonEditor({ person }: { person: Person }) {
  const { t } = useTranslation('coordinator');
  const me = useUser() as User;
  const roles: Role[] = grantableRoles(me.role).filter((r) => r !== 'admin');
  const institutionId = person.institutionId ?? '';
  const units = useUnits(institutionId);
  const queryClient = useQueryClient();
  // The API lets a coordinator change only people of roles they may give, and never themselves (active flag).
  const mayChange = roles.includes(person.role);
  const [form, setForm] = useState({ fullName: person.fullName, unitId: person.unitId ?? '', role: person.role as Role });
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: async () =>
      data(
        await api.PATCH('/api/v1/users/{id}', {
          params: { path: { id: person.id } },
          body: { fullName: form.fullName, unitId: form.unitId || null, ...(form.role !== person.role ? { role: form.role } : {}) },
        }),
      ),
    onSuccess: (user) => {
      queryClient.setQueryData(['users', 'one', person.id], user);
      void queryClient.invalidateQueries({ queryKey: ['users', institutionId] });
      setSaved(true);
    },
  });
  const errors = fieldErrors(save.error, ['fullName', 'unitId', 'role']);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate();
  };
  const unitName = units.data?.find((u) => u.id === person.unitId)?.name ?? t('people.noUnit');

  return (
    <section className="coordinator-section" aria-labelledby="person-details">
      <h2 id="person-details">{t('person.details')}</h2>
      <dl className="coordinator-facts">
        <dt>{t('people.email')}</dt>
        <dd className="coordinator-break">{person.email}</dd>
        <dt>{t('people.role')}</dt>
        <dd>{t(`roles.${person.role}`)}</dd>
        <dt>{t('people.unit')}</dt>
        <dd>{unitName}</dd>
        <dt>{t('people.state')}</dt>
        <dd>{person.active ? t('people.active') : t('people.inactive')}</dd>
      </dl>
      {mayChange ? (
        <>
          <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="person-edit">
            <h3 id="person-edit">{t('person.edit')}</h3>
            <FormError error={save.error} errors={errors} />
            <Field label={t('people.fullName')} error={errors.fullName}>
              <input value={form.fullName} onChange={(e) => setForm({ ...form, fullName: e.target.value })} required />
            </Field>
            <Field label={t('people.unit')} error={errors.unitId}>
              <select value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })}>
                <option value="">{t('people.noUnit')}</option>
                {units.data?.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </Field>
            {roles.length > 1 ? (
              <Field label={t('people.role')} error={errors.role}>
                <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {t(`roles.${r}`)}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            <div>
              <button type="submit" className="primary" disabled={save.isPending}>
                {save.isPending ? t('saving') : t('person.save')}
              </button>
            </div>
            <p role="status">{saved ? t('person.saved') : ''}</p>
          </form>
          {person.id !== me.id ? <ActiveSwitch person={person} /> : null}
        </>
      ) : (
        <p className="coordinator-hint">{t('person.readOnly')}</p>
      )}
    </section>
  );
}

/** Deactivating (after a confirmation: the person can no longer sign in) or reactivating. */
function ActiveSwitch({ person }: { person: Person }) {
  const { t } = useTranslation('coordinator');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const change = useMutation({
    mutationFn: async (active: boolean) =>
      data(
        active
          ? await api.POST('/api/v1/users/{id}/reactivate', { params: { path: { id: person.id } } })
          : await api.POST('/api/v1/users/{id}/deactivate', { params: { path: { id: person.id } } }),
      ),
    onSuccess: (user) => {
      queryClient.setQueryData(['users', 'one', person.id], user);
      void queryClient.invalidateQueries({ queryKey: ['users', person.institutionId] });
      setConfirming(false);
      setDone(user.active ? t('person.reactivated') : t('person.deactivated'));
    },
  });
  return (
    <div className="coordinator-danger">
      <p role="status">{done}</p>
      {change.isError ? <ErrorMessage error={change.error} /> : null}
      {person.active ? (
        confirming ? (
          <div className="notice notice-warn" role="group" aria-labelledby="confirm-deactivate">
            <p id="confirm-deactivate">{t('person.confirmDeactivate', { name: person.fullName })}</p>
            <div className="coordinator-actions">
              <button ref={confirmButton} type="button" className="coordinator-danger-button" disabled={change.isPending} onClick={() => change.mutate(false)}>
                {t('person.confirmYes')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirming(false);
                  askButton.current?.focus();
                }}
              >
                {t('person.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button ref={askButton} type="button" onClick={() => setConfirming(true)}>
            {t('person.deactivate')}
          </button>
        )
      ) : (
        <button type="button" disabled={change.isPending} onClick={() => change.mutate(true)}>
          {t('person.reactivate')}
        </button>
      )}
    </div>
  );
}

function Transcript({ userId }: { userId: string }) {
  const { t } = useTranslation('coordinator');
  const title = useLocalized();
  const format = useFormat();
  const query = useQuery({
    queryKey: ['users', 'transcript', userId],
    queryFn: async () => data(await api.GET('/api/v1/users/{id}/transcript', { params: { path: { id: userId } } })),
  });
  return (
    <>
      <section className="coordinator-section" aria-labelledby="person-enrollments">
        <h2 id="person-enrollments">{t('person.enrollments')}</h2>
        <QueryStatus query={query} />
        {query.data ? (
          query.data.enrollments.length === 0 ? (
            <p>{t('person.noEnrollments')}</p>
          ) : (
            <TableWrap label={t('person.enrollments')}>
              <table>
                <caption className="visually-hidden">{t('person.enrollments')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.course')}</th>
                    <th scope="col">{t('person.status')}</th>
                    <th scope="col">{t('dashboard.due')}</th>
                    <th scope="col">{t('person.completedAt')}</th>
                    <th scope="col">{t('person.bestScore')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.enrollments.map((e) => (
                    <tr key={e.id}>
                      <td>{title(e.courseTitle)}</td>
                      <td>{t(`status.${e.status}`)}</td>
                      <td>{format.date(e.dueAt)}</td>
                      <td>{format.date(e.completedAt)}</td>
                      <td>{format.percent(e.bestScore)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        ) : null}
      </section>
      {query.data ? (
        <section className="coordinator-section" aria-labelledby="person-certificates">
          <h2 id="person-certificates">{t('person.certificates')}</h2>
          {query.data.certificates.length === 0 ? (
            <p>{t('person.noCertificates')}</p>
          ) : (
            <TableWrap label={t('person.certificates')}>
              <table>
                <caption className="visually-hidden">{t('person.certificates')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.number')}</th>
                    <th scope="col">{t('dashboard.course')}</th>
                    <th scope="col">{t('person.status')}</th>
                    <th scope="col">{t('person.issued')}</th>
                    <th scope="col">{t('dashboard.expires')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.certificates.map((c) => (
                    <tr key={c.id}>
                      <td>{c.number}</td>
                      <td>{title(c.courseTitle)}</td>
                      <td>{t(`certificateStatus.${c.status}`)}</td>
                      <td>{format.date(c.issuedAt)}</td>
                      <td>{c.expiresAt ? format.date(c.expiresAt) : t('person.neverExpires')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </section>
      ) : null}
    </>
  );
}
