import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, Loading, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { downloadWithToken } from '../common/download';
import { bankTags, isQuestionType, QUESTION_TYPES, QuestionType, QuestionView } from './question-form';

/** `/banks/:bankId`: the bank's questions, filtered by tag and type; add, edit, delete; import and export. */
export function BankPage() {
  const { t, i18n } = useTranslation('banks');
  const format = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { bankId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const tag = search.get('tag') ?? '';
  const typeParam = search.get('type');
  const type = isQuestionType(typeParam) ? typeParam : undefined;
  const [newType, setNewType] = useState<QuestionType>('single_choice');
  const [message, setMessage] = useState('');

  const bank = useQuery({
    queryKey: ['bank', bankId],
    queryFn: async () => data(await api.GET('/api/v1/question-banks/{id}', { params: { path: { id: bankId } } })),
  });
  const all = useQuery({
    queryKey: ['bank-questions', bankId, 'all'],
    queryFn: async () => data(await api.GET('/api/v1/question-banks/{id}/questions', { params: { path: { id: bankId }, query: { limit: 100 } } })),
  });
  const filtered = useQuery({
    queryKey: ['bank-questions', bankId, tag, type],
    enabled: Boolean(tag || type),
    queryFn: async () =>
      data(
        await api.GET('/api/v1/question-banks/{id}/questions', {
          params: { path: { id: bankId }, query: { limit: 100, ...(tag ? { tag } : {}), ...(type ? { type } : {}) } },
        }),
      ),
  });
  const shown = tag || type ? filtered : all;
  const remove = useMutation({
    mutationFn: async (q: QuestionView) => {
      await api.DELETE('/api/v1/questions/{id}', { params: { path: { id: q.id } } });
      return q;
    },
    onSuccess: async (q) => {
      setMessage(t('bank.deleted', { prompt: promptOf(q) }));
      await client.invalidateQueries({ queryKey: ['bank-questions', bankId] });
      await client.invalidateQueries({ queryKey: ['bank', bankId] });
    },
  });
  const exporting = useMutation({ mutationFn: () => downloadWithToken(`/api/v1/question-banks/${bankId}/export?format=moodle-xml&lang=${encodeURIComponent(i18n.language)}`, 'questions.xml') });
  const setFilter = (key: 'tag' | 'type', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const promptOf = (q: QuestionView) => q.name || (q.prompt as Record<string, string | undefined>)[i18n.language] || q.prompt.pl;
  const add = (e: FormEvent) => {
    e.preventDefault();
    void navigate(`/banks/${bankId}/questions/new?type=${newType}`);
  };

  if (bank.isPending) return <Loading />;
  if (bank.isError) return <ErrorMessage error={bank.error} onRetry={() => void bank.refetch()} />;
  return (
    <Page title={bank.data.name}>
      <p>
        <Link to="/banks">{t('bank.allBanks')}</Link>
      </p>
      <div className="toolbar">
        <form className="inline-form" onSubmit={add}>
          <div className="field">
            <label htmlFor="new-type">{t('bank.newType')}</label>
            <select id="new-type" value={newType} onChange={(e) => setNewType(e.target.value as QuestionType)}>
              {QUESTION_TYPES.map((qt) => (
                <option key={qt} value={qt}>
                  {t(`types.${qt}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="primary">{t('bank.add')}</button>
        </form>
        <Link className="button secondary" to={`/banks/${bankId}/import`}>
          {t('bank.import')}
        </Link>
        <button type="button" className="secondary" disabled={exporting.isPending} onClick={() => exporting.mutate()}>
          {exporting.isPending ? t('bank.exporting') : t('bank.export')}
        </button>
      </div>
      {exporting.isError ? <ErrorMessage error={exporting.error} /> : null}
      <div className="filters">
        <div className="field">
          <label htmlFor="filter-tag">{t('bank.filterTag')}</label>
          <select id="filter-tag" value={tag} onChange={(e) => setFilter('tag', e.target.value)}>
            <option value="">{t('bank.allTags')}</option>
            {bankTags(all.data?.items ?? []).map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t('bank.filterType')}</label>
          <select id="filter-type" value={type ?? ''} onChange={(e) => setFilter('type', e.target.value)}>
            <option value="">{t('bank.allTypes')}</option>
            {QUESTION_TYPES.map((qt) => (
              <option key={qt} value={qt}>
                {t(`types.${qt}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status">{message}</p>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      <QueryStatus query={shown} />
      {shown.data ? (
        shown.data.items.length === 0 ? (
          <p>{tag || type ? t('bank.noneFiltered') : t('bank.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="questions stack-table">
              <caption>{t('bank.caption', { shown: shown.data.items.length, total: shown.data.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('bank.colType')}</th>
                  <th scope="col">{t('bank.colPrompt')}</th>
                  <th scope="col">{t('bank.colTags')}</th>
                  <th scope="col">{t('bank.colPoints')}</th>
                  <th scope="col">{t('bank.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.data.items.map((q) => (
                  <tr key={q.id}>
                    <td data-label={t('bank.colType')}>{t(`types.${q.type}`)}</td>
                    <td data-label={t('bank.colPrompt')}>
                      <Link to={`/banks/${bankId}/questions/${q.id}`}>{promptOf(q)}</Link>
                    </td>
                    <td data-label={t('bank.colTags')}>{q.tags?.length ? q.tags.join(', ') : '—'}</td>
                    <td data-label={t('bank.colPoints')}>{format.number(q.points, 2)}</td>
                    <td data-label={t('bank.colActions')}>
                      <button
                        type="button"
                        className="secondary small"
                        disabled={remove.isPending}
                        onClick={() => window.confirm(t('bank.confirmDelete', { prompt: promptOf(q) })) && remove.mutate(q)}
                      >
                        {t('bank.delete', { prompt: promptOf(q) })}
                      </button>
                    </td>
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
