import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { formatFor, ImportFormat, positionOf } from './import-file';

/** `/banks/:bankId/import`: a Moodle XML or GIFT file into the bank, and what was imported or skipped, question by question. */
export function ImportPage() {
  const { t } = useTranslation('banks');
  const client = useQueryClient();
  const { bankId = '' } = useParams();
  const [file, setFile] = useState<File | null>(null);
  const [chosen, setChosen] = useState<ImportFormat | ''>('');
  const [lang, setLang] = useState<'pl' | 'en' | 'uk'>('pl');
  const bank = useQuery({
    queryKey: ['bank', bankId],
    queryFn: async () => data(await api.GET('/api/v1/question-banks/{id}', { params: { path: { id: bankId } } })),
  });
  const format = chosen || (file ? formatFor(file.name) : undefined);
  const upload = useMutation({
    mutationFn: async ({ file, format }: { file: File; format: ImportFormat }) =>
      data(
        await api.POST('/api/v1/question-banks/{id}/import', {
          params: { path: { id: bankId }, query: { format, lang } },
          body: (await file.text()) as never,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': format === 'gift' ? 'text/plain; charset=utf-8' : 'application/xml; charset=utf-8' },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['bank-questions', bankId] });
      await client.invalidateQueries({ queryKey: ['bank', bankId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file && format) upload.mutate({ file, format });
  };
  if (bank.isPending) return <Loading />;
  if (bank.isError) return <ErrorMessage error={bank.error} onRetry={() => void bank.refetch()} />;
  const report = upload.data;
  return (
    <Page title={t('import.title', { bank: bank.data.name })}>
      <p>
        <Link to={`/banks/${bankId}`}>{t('bank.back')}</Link>
      </p>
      <form className="import-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input id="import-file" type="file" accept=".xml,.gift,.txt,text/plain,application/xml" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <p className="hint">{t('import.fileHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="import-format">{t('import.format')}</label>
          <select id="import-format" value={chosen} onChange={(e) => setChosen(e.target.value as ImportFormat | '')}>
            <option value="">{t('import.formatAuto', { format: format ? t(`import.formats.${format}`) : '—' })}</option>
            <option value="moodle-xml">{t('import.formats.moodle-xml')}</option>
            <option value="gift">{t('import.formats.gift')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-lang">{t('import.lang')}</label>
          <select id="import-lang" value={lang} onChange={(e) => setLang(e.target.value as 'pl' | 'en' | 'uk')}>
            {(['pl', 'en', 'uk'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={!file || !format || upload.isPending}>
          {upload.isPending ? t('import.uploading') : t('import.submit')}
        </button>
      </form>
      {upload.isError ? <ErrorMessage error={upload.error} /> : null}
      {report ? (
        <section aria-labelledby="import-report">
          <h2 id="import-report">{t('import.report')}</h2>
          <p role="status">{t('import.summary', { imported: report.imported, skipped: report.skipped.length })}</p>
          <div className="table-wrap">
            <table className="stack-table">
              <caption>{t('import.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.colPosition')}</th>
                  <th scope="col">{t('import.colResult')}</th>
                  <th scope="col">{t('import.colReason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.questionIds.map((id, i) => (
                  <tr key={id}>
                    <td data-label={t('import.colPosition')}>{t('import.importedNo', { n: i + 1 })}</td>
                    <td data-label={t('import.colResult')}>
                      <Link to={`/banks/${bankId}/questions/${id}`}>{t('import.imported')}</Link>
                    </td>
                    <td data-label={t('import.colReason')}>—</td>
                  </tr>
                ))}
                {report.skipped.map((s, i) => {
                  const position = positionOf(s);
                  return (
                    <tr key={`s${i}`} className="skipped">
                      <td data-label={t('import.colPosition')}>{position ? t(`import.${position.kind}`, { n: position.n }) : '—'}</td>
                      <td data-label={t('import.colResult')}>{t('import.skipped')}</td>
                      <td data-label={t('import.colReason')}>{s.reason}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
