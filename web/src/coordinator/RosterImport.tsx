import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { Schemas } from './data';
import { TableWrap } from './TableWrap';
import { InstitutionGate } from './InstitutionGate';

/** Uploading a CSV roster: good lines are imported, bad ones listed by line and column. */
export function RosterImport() {
  const { t } = useTranslation('coordinator');
  return (
    <Page title={t('import.title')}>
      <p>
        <Link to="/people">{t('person.back')}</Link>
      </p>
      <InstitutionGate>{(institutionId) => <ImportForm institutionId={institutionId} />}</InstitutionGate>
    </Page>
  );
}

function ImportForm({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    // The file's text as text/csv (the route also takes multipart); read as UTF-8, as the roster must be.
    mutationFn: async (chosen: File) =>
      data(
        await api.POST('/api/v1/institutions/{id}/users/import', {
          params: { path: { id: institutionId } },
          body: await chosen.text(),
          bodySerializer: (body) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate(file);
  };
  return (
    <>
      <section className="coordinator-section" aria-labelledby="import-format">
        <h2 id="import-format">{t('import.format')}</h2>
        <p>{t('import.formatText')}</p>
        <pre className="coordinator-sample">{'email;fullName;unitCode;role\nanna.nowak@policja.example;Anna Nowak;KP1;officer'}</pre>
      </section>
      <form className="form" onSubmit={onSubmit}>
        <div className="coordinator-field">
          <label htmlFor="roster-file">{t('import.file')}</label>
          <input id="roster-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div>
          <button type="submit" className="primary" disabled={!file || upload.isPending}>
            {upload.isPending ? t('import.uploading') : t('import.submit')}
          </button>
        </div>
      </form>
      {upload.isError ? <ErrorMessage error={upload.error} /> : null}
      {upload.data ? <ImportResult result={upload.data} /> : null}
    </>
  );
}

function ImportResult({ result }: { result: Schemas['RosterImportResult'] }) {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  return (
    <section className="coordinator-section" aria-labelledby="import-result">
      <h2 id="import-result">{t('import.result')}</h2>
      <p role="status" className={`notice ${result.errors.length ? 'notice-warn' : 'notice-ok'}`}>
        {t('import.summary', {
          created: format.number(result.created),
          updated: format.number(result.updated),
          unchanged: format.number(result.unchanged),
          rejected: format.number(result.errors.length),
        })}
      </p>
      {result.errors.length > 0 ? (
        <TableWrap label={t('import.errors')}>
          <table>
            <caption>{t('import.errors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={`${e.line}-${i}`}>
                  <td>{e.line}</td>
                  <td>{e.column ? <code>{e.column}</code> : t('import.wholeLine')}</td>
                  <td>{e.email ?? '—'}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
