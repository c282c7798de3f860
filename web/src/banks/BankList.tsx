import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';

/** `/banks`: every question bank (trainers may draw from any), and a new one. */
export function BankList() {
  const { t } = useTranslation('banks');
  const format = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const banks = useQuery({
    queryKey: ['banks'],
    queryFn: async () => data(await api.GET('/api/v1/question-banks', { params: { query: { limit: 100 } } })),
  });
  const create = useMutation({
    mutationFn: async (bankName: string) => data(await api.POST('/api/v1/question-banks', { body: { name: bankName } })),
    onSuccess: async (bank) => {
      await client.invalidateQueries({ queryKey: ['banks'] });
      void navigate(`/banks/${bank.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(name.trim());
  };
  return (
    <Page title={t('list.title')}>
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="bank-name">{t('list.nameLabel')}</label>
          <input id="bank-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </div>
        <button type="submit" className="primary" disabled={create.isPending || !name.trim()}>
          {t('list.create')}
        </button>
      </form>
      {create.isError ? <ErrorMessage error={create.error} /> : null}
      <QueryStatus query={banks} />
      {banks.data ? (
        banks.data.items.length === 0 ? (
          <p>{t('list.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{t('list.caption', { count: banks.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col">{t('list.questions')}</th>
                  <th scope="col">{t('list.created')}</th>
                </tr>
              </thead>
              <tbody>
                {banks.data.items.map((bank) => (
                  <tr key={bank.id}>
                    <td>
                      <Link to={`/banks/${bank.id}`}>{bank.name}</Link>
                    </td>
                    <td>{format.number(bank.questionCount)}</td>
                    <td>{format.date(bank.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </Page>
  );
}
