import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { Unit, useUnits } from './data';
import { Field, FormError } from './Field';
import { fieldErrors } from './fieldErrors';
import { TableWrap } from './TableWrap';
import { InstitutionGate } from './InstitutionGate';

/** The institution's units (stations, posts, offices): the list, adding one, renaming. */
export function Units() {
  const { t } = useTranslation('coordinator');
  return (
    <Page title={t('units.title')}>
      <InstitutionGate>
        {(institutionId) => (
          <>
            <UnitList institutionId={institutionId} />
            <AddUnit institutionId={institutionId} />
          </>
        )}
      </InstitutionGate>
    </Page>
  );
}

function UnitList({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const units = useUnits(institutionId);
  const [editing, setEditing] = useState<string | null>(null);
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorMessage error={units.error} onRetry={() => void units.refetch()} />;
  if (units.data.length === 0) return <p>{t('units.none')}</p>;
  return (
    <TableWrap label={t('units.title')}>
      <table>
        <caption className="visually-hidden">{t('units.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('units.name')}</th>
            <th scope="col">{t('units.code')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('units.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {units.data.map((u) =>
            editing === u.id ? (
              <tr key={u.id}>
                <td colSpan={3}>
                  <EditUnit unit={u} onDone={() => setEditing(null)} />
                </td>
              </tr>
            ) : (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.code}</td>
                <td>
                  <button type="button" onClick={() => setEditing(u.id)} aria-label={t('units.editNamed', { name: u.name })}>
                    {t('units.edit')}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </TableWrap>
  );
}

function EditUnit({ unit, onDone }: { unit: Unit; onDone: () => void }) {
  const { t } = useTranslation('coordinator');
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: unit.name, code: unit.code });
  const save = useMutation({
    mutationFn: async () =>
      data(await api.PATCH('/api/v1/institutions/{id}/units/{unitId}', { params: { path: { id: unit.institutionId, unitId: unit.id } }, body: form })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['units', unit.institutionId] });
      onDone();
    },
  });
  const errors = fieldErrors(save.error, ['name', 'code']);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="coordinator-row-form" onSubmit={onSubmit} noValidate aria-label={t('units.editNamed', { name: unit.name })}>
      <FormError error={save.error} errors={errors} />
      <Field label={t('units.name')} error={errors.name}>
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoFocus />
      </Field>
      <Field label={t('units.code')} error={errors.code}>
        <input value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
      </Field>
      <div className="coordinator-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('units.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('person.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddUnit({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: '', code: '' });
  const [added, setAdded] = useState('');
  const create = useMutation({
    mutationFn: async () => data(await api.POST('/api/v1/institutions/{id}/units', { params: { path: { id: institutionId } }, body: form })),
    onSuccess: async (unit) => {
      await queryClient.invalidateQueries({ queryKey: ['units', institutionId] });
      setForm({ name: '', code: '' });
      setAdded(t('units.added', { name: unit.name }));
    },
  });
  const errors = fieldErrors(create.error, ['name', 'code']);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setAdded('');
    create.mutate();
  };
  return (
    <section className="coordinator-section" aria-labelledby="add-unit">
      <h2 id="add-unit">{t('units.add')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={create.error} errors={errors} />
        <Field label={t('units.name')} error={errors.name}>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t('units.code')} hint={t('units.codeHint')} error={errors.code}>
          <input value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
        </Field>
        <div>
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('units.addButton')}
          </button>
        </div>
        <p role="status">{added}</p>
      </form>
    </section>
  );
}
