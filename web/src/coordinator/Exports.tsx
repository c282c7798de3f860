import { useMutation, useQuery } from '@tanstack/react-query';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { Schemas } from './data';
import { downloadWithToken } from '../common/download';
import { Field, FormError } from './Field';
import { fieldErrors } from './fieldErrors';
import { InstitutionGate } from './InstitutionGate';

type ExportRequest = Schemas['CreateExportDto'];
const KINDS: ExportRequest['kind'][] = ['completion', 'overdue', 'certificates', 'competencies', 'transcripts'];
/** The API has no list of exports: this tab remembers the ones it started, across reloads. */
const STORAGE_KEY = 'mosty.coordinator.exports';

function rememberedExports(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Starting a CSV or XLSX export (the worker writes it), following its progress, downloading it. */
export function Exports() {
  const { t } = useTranslation('coordinator');
  return (
    <Page title={t('exports.title')}>
      <InstitutionGate>{(institutionId) => <ExportsBody institutionId={institutionId} />}</InstitutionGate>
    </Page>
  );
}

function ExportsBody({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const [ids, setIds] = useState<string[]>(rememberedExports);
  const [form, setForm] = useState<{ kind: ExportRequest['kind']; format: ExportRequest['format']; separator: ',' | ';' }>({
    kind: 'completion',
    format: 'csv',
    separator: ',',
  });
  const start = useMutation({
    mutationFn: async () =>
      data(
        await api.POST('/api/v1/reports/exports', {
          // The separator matters to CSV only; an XLSX export ignores it.
          body: { institutionId, kind: form.kind, format: form.format, separator: form.separator },
          // A retried click (a dropped connection) must not start a second export.
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    onSuccess: (started) => {
      const next = [started.id, ...ids.filter((id) => id !== started.id)].slice(0, 20);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      setIds(next);
    },
  });
  const errors = fieldErrors(start.error, ['kind', 'format', 'separator']);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate();
  };
  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={start.error} errors={errors} />
        <Field label={t('exports.kind')} error={errors.kind}>
          <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as ExportRequest['kind'] })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`exports.kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('exports.format')} error={errors.format}>
          <select value={form.format} onChange={(e) => setForm({ ...form, format: e.target.value as ExportRequest['format'] })}>
            <option value="csv">CSV</option>
            <option value="xlsx">XLSX (Excel)</option>
          </select>
        </Field>
        {form.format === 'csv' ? (
          <Field label={t('exports.separator')} error={errors.separator}>
            <select value={form.separator} onChange={(e) => setForm({ ...form, separator: e.target.value as ',' | ';' })}>
              <option value=",">{t('exports.comma')}</option>
              <option value=";">{t('exports.semicolon')}</option>
            </select>
          </Field>
        ) : null}
        <div>
          <button type="submit" className="primary" disabled={start.isPending}>
            {t('exports.start')}
          </button>
        </div>
      </form>
      <section className="coordinator-section" aria-labelledby="exports-list">
        <h2 id="exports-list">{t('exports.list')}</h2>
        {ids.length === 0 ? (
          <p>{t('exports.none')}</p>
        ) : (
          <ul className="cards">
            {ids.map((id) => (
              <ExportCard key={id} id={id} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** One export: polled every second until the worker has finished it. */
function ExportCard({ id }: { id: string }) {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const query = useQuery({
    queryKey: ['exports', id],
    queryFn: async () => data(await api.GET('/api/v1/reports/exports/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'ready' || q.state.data.status === 'failed') ? false : 1000),
  });
  const download = useMutation({
    mutationFn: (e: Schemas['ExportView']) => downloadWithToken(`/api/v1/reports/exports/${e.id}/download`, `${e.kind}.${e.format}`),
  });
  const e = query.data;
  return (
    <li className="card">
      {query.isError ? <ErrorMessage error={query.error} /> : null}
      {e ? (
        <>
          <h3>
            {t(`exports.kinds.${e.kind}`)} · {e.format.toUpperCase()}
          </h3>
          <p>{t('exports.requested', { date: format.dateTime(e.createdAt) })}</p>
          <p role="status">
            {t(`exports.status.${e.status}`)}
            {e.status === 'running' || e.status === 'ready' ? ` · ${t('exports.rows', { n: e.rows })}` : ''}
            {e.status === 'failed' && e.failureReason ? ` · ${e.failureReason}` : ''}
          </p>
          {e.status === 'queued' || e.status === 'running' ? <progress aria-label={t(`exports.status.${e.status}`)} /> : null}
          {e.status === 'ready' ? (
            <>
              <button type="button" className="primary" disabled={download.isPending} onClick={() => download.mutate(e)}>
                {t('exports.download')}
              </button>
              <p className="coordinator-hint">{t('exports.expires', { date: format.dateTime(e.expiresAt) })}</p>
            </>
          ) : null}
          {download.isError ? <ErrorMessage error={download.error} /> : null}
        </>
      ) : null}
    </li>
  );
}
