import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, data } from '../api/client';
import { QueryStatus } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { Unit, useUnits } from './data';
import { TableWrap } from './TableWrap';
import { InstitutionGate } from './InstitutionGate';
import { Pager } from './Pager';

const PAGE_SIZE = 20;

/** The institution's people: search by name or e-mail, filter by unit and active state, page through. */
export function People() {
  const { t } = useTranslation('coordinator');
  return (
    <Page
      title={t('people.title')}
      actions={
        <span className="coordinator-actions">
          <Link className="button" to="/people/import">
            {t('people.import')}
          </Link>
          <Link className="button primary" to="/people/new">
            {t('people.add')}
          </Link>
        </span>
      }
    >
      <InstitutionGate>{(institutionId) => <PeopleList institutionId={institutionId} />}</InstitutionGate>
    </Page>
  );
}

function PeopleList({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const unitId = params.get('unit') ?? '';
  const active = params.get('active') ?? 'true';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(q);
  const units = useUnits(institutionId);
  const query = useQuery({
    queryKey: ['users', institutionId, { q, unitId, active, page }],
    queryFn: async () =>
      data(
        await api.GET('/api/v1/users', {
          params: {
            query: {
              institutionId,
              page,
              limit: PAGE_SIZE,
              ...(q ? { q } : {}),
              ...(unitId ? { unitId } : {}),
              ...(active === 'all' ? {} : { active: active === 'true' }),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  /** Changes some filters and goes back to the first page. */
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: search.trim() });
  };
  const unitName = (id: string | null) => units.data?.find((u: Unit) => u.id === id)?.name ?? '—';

  return (
    <>
      <form className="coordinator-filters" role="search" onSubmit={onSearch}>
        <label>
          {t('people.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="submit">{t('people.searchButton')}</button>
        <label>
          {t('people.unit')}
          <select value={unitId} onChange={(e) => update({ unit: e.target.value })}>
            <option value="">{t('people.allUnits')}</option>
            {units.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('people.state')}
          <select value={active} onChange={(e) => update({ active: e.target.value })}>
            <option value="true">{t('people.activeOnly')}</option>
            <option value="false">{t('people.inactiveOnly')}</option>
            <option value="all">{t('people.everyone')}</option>
          </select>
        </label>
      </form>
      <QueryStatus query={query} />
      {query.data ? (
        <>
          <p role="status">{t('people.found', { n: query.data.total })}</p>
          {query.data.items.length > 0 ? (
            <TableWrap label={t('people.title')}>
              <table>
                <caption className="visually-hidden">{t('people.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.name')}</th>
                    <th scope="col">{t('people.email')}</th>
                    <th scope="col">{t('people.unit')}</th>
                    <th scope="col">{t('people.role')}</th>
                    <th scope="col">{t('people.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((u) => (
                    <tr key={u.id}>
                      <td>
                        <Link to={`/people/${u.id}`}>{u.fullName}</Link>
                      </td>
                      <td>{u.email}</td>
                      <td>{unitName(u.unitId)}</td>
                      <td>{t(`roles.${u.role}`)}</td>
                      <td>{u.active ? t('people.active') : t('people.inactive')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : null}
          <Pager page={page} limit={PAGE_SIZE} total={query.data.total} onPage={(p) => update({ page: String(p) })} />
        </>
      ) : null}
    </>
  );
}
