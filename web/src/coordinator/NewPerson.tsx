import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, data } from '../api/client';
import { Role, User } from '../auth/session';
import { useUser } from '../auth/useUser';
import { Page } from '../common/Page';
import { useUnits } from './data';
import { Field, FormError } from './Field';
import { fieldErrors } from './fieldErrors';
import { InstitutionGate } from './InstitutionGate';
import { grantableRoles } from './roles';

const FIELDS = ['email', 'fullName', 'password', 'unitId', 'role', 'locale'] as const;

/** Adding one person by hand (many at once: the roster upload). */
export function NewPerson() {
  const { t } = useTranslation('coordinator');
  return (
    <Page title={t('newPerson.title')}>
      <InstitutionGate>{(institutionId) => <NewPersonForm institutionId={institutionId} />}</InstitutionGate>
    </Page>
  );
}

function NewPersonForm({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const me = useUser() as User;
  const roles: Role[] = grantableRoles(me.role).filter((r) => r !== 'admin');
  const units = useUnits(institutionId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ email: '', fullName: '', password: '', unitId: '', role: roles[0] ?? 'officer', locale: 'pl' as 'pl' | 'en' | 'uk' });
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });
  const create = useMutation({
    mutationFn: async () =>
      data(
        await api.POST('/api/v1/users', {
          body: {
            email: form.email,
            fullName: form.fullName,
            password: form.password,
            role: form.role,
            institutionId,
            locale: form.locale,
            ...(form.unitId ? { unitId: form.unitId } : {}),
          },
        }),
      ),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void navigate(`/people/${user.id}`, { state: { notice: 'created' } });
    },
  });
  const errors = fieldErrors(create.error, FIELDS);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormError error={create.error} errors={errors} />
      <Field label={t('people.fullName')} error={errors.fullName}>
        <input value={form.fullName} onChange={set('fullName')} autoComplete="off" required />
      </Field>
      <Field label={t('people.email')} error={errors.email}>
        <input type="email" value={form.email} onChange={set('email')} autoComplete="off" required />
      </Field>
      <Field label={t('newPerson.password')} hint={t('newPerson.passwordHint')} error={errors.password}>
        <input type="password" value={form.password} onChange={set('password')} autoComplete="new-password" required />
      </Field>
      <Field label={t('people.unit')} error={errors.unitId}>
        <select value={form.unitId} onChange={set('unitId')}>
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
          <select value={form.role} onChange={set('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label={t('newPerson.locale')} error={errors.locale}>
        <select value={form.locale} onChange={set('locale')}>
          <option value="pl" lang="pl">Polski</option>
          <option value="en" lang="en">English</option>
          <option value="uk" lang="uk">Українська</option>
        </select>
      </Field>
      <div>
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t('saving') : t('newPerson.submit')}
        </button>
      </div>
    </form>
  );
}
