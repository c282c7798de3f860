import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, Loading, QueryStatus } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { BarChart } from './BarChart';
import { COMPLETION_PARTS, CompletionCounts, completionChartData, ratePercent } from './completionChart';
import { useLocalized } from '../common/localized';
import { Schemas } from './data';
import { TableWrap } from './TableWrap';
import { InstitutionGate } from './InstitutionGate';
import { Pager } from './Pager';

const EXPIRY_WINDOWS = [30, 60, 90] as const;

/** The coordinator's start page: completion by course and by unit, who is late, which certificates lapse, competencies. */
export function Dashboard() {
  const { t } = useTranslation('coordinator');
  return (
    <Page title={t('dashboard.title')}>
      <InstitutionGate>
        {(institutionId) => (
          <>
            <Completion institutionId={institutionId} />
            <Overdue institutionId={institutionId} />
            <ExpiringCertificates institutionId={institutionId} />
            <Competencies institutionId={institutionId} />
          </>
        )}
      </InstitutionGate>
    </Page>
  );
}

function Completion({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const title = useLocalized();
  const query = useQuery({
    queryKey: ['reports', institutionId, 'completion'],
    queryFn: async () => data(await api.GET('/api/v1/reports/institutions/{id}/completion', { params: { path: { id: institutionId } } })),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <CompletionSection
        id="completion-by-course"
        heading={t('dashboard.byCourse')}
        nameHeader={t('dashboard.course')}
        rows={query.data.byCourse}
        nameOf={(r: Schemas['CompletionByCourseRow']) => title(r.courseTitle)}
        keyOf={(r) => r.courseId}
      />
      <CompletionSection
        id="completion-by-unit"
        heading={t('dashboard.byUnit')}
        nameHeader={t('dashboard.unit')}
        rows={query.data.byUnit}
        nameOf={(r: Schemas['CompletionByUnitRow']) => r.unitName ?? t('dashboard.noUnit')}
        keyOf={(r) => r.unitId ?? 'none'}
      />
    </>
  );
}

function CompletionSection<T extends CompletionCounts>({
  id,
  heading,
  nameHeader,
  rows,
  nameOf,
  keyOf,
}: {
  id: string;
  heading: string;
  nameHeader: string;
  rows: T[];
  nameOf: (row: T) => string;
  keyOf: (row: T) => string;
}) {
  const { t, i18n } = useTranslation('coordinator');
  const format = useFormat();
  // Rebuilt only when the rows or the language change (nameOf is new on every render), so the chart is not redrawn needlessly.
  const chart = useMemo(() => completionChartData(rows, nameOf, (part) => t(`completion.${part}`)), [rows, i18n.language]);
  return (
    <section className="coordinator-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {rows.length === 0 ? (
        <p>{t('dashboard.nothingAssigned')}</p>
      ) : (
        <>
          <BarChart data={chart} label={t('dashboard.chartLabel', { heading })} />
          <TableWrap label={heading}>
            <table>
              {/* The section's heading already says it; the caption names the table for screen readers. */}
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{nameHeader}</th>
                  <th scope="col">{t('completion.assigned')}</th>
                  {COMPLETION_PARTS.map((p) => (
                    <th scope="col" key={p.key}>
                      {t(`completion.${p.key}`)}
                    </th>
                  ))}
                  <th scope="col">{t('completion.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={keyOf(r)}>
                    <th scope="row">{nameOf(r)}</th>
                    <td>{format.number(r.assigned)}</td>
                    {COMPLETION_PARTS.map((p) => (
                      <td key={p.key}>{format.number(r[p.key])}</td>
                    ))}
                    <td>{format.percent(ratePercent(r.completionRate))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}

function Overdue({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const title = useLocalized();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['reports', institutionId, 'overdue', page],
    queryFn: async () => data(await api.GET('/api/v1/reports/institutions/{id}/overdue', { params: { path: { id: institutionId }, query: { page, limit: 20 } } })),
  });
  return (
    <section className="coordinator-section" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">{t('dashboard.overdue')}</h2>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.total === 0 ? (
          <p>{t('dashboard.noneOverdue')}</p>
        ) : (
          <>
            <TableWrap label={t('dashboard.overdue')}>
              <table>
                <caption className="visually-hidden">{t('dashboard.overdue')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.name')}</th>
                    <th scope="col">{t('dashboard.unit')}</th>
                    <th scope="col">{t('dashboard.course')}</th>
                    <th scope="col">{t('dashboard.due')}</th>
                    <th scope="col">{t('dashboard.daysLate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((r) => (
                    <tr key={r.enrollmentId}>
                      <td>
                        <Link to={`/people/${r.userId}`}>{r.fullName}</Link>
                      </td>
                      <td>{r.unitName ?? '—'}</td>
                      <td>{title(r.courseTitle)}</td>
                      <td>{format.date(r.dueAt)}</td>
                      <td>{format.number(r.daysLate)}</td>
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

function ExpiringCertificates({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const title = useLocalized();
  const format = useFormat();
  const [days, setDays] = useState<number>(30);
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['reports', institutionId, 'certificates', days, page],
    queryFn: async () =>
      data(
        await api.GET('/api/v1/reports/institutions/{id}/certificates', {
          params: { path: { id: institutionId }, query: { expiringWithinDays: days, page, limit: 20 } },
        }),
      ),
  });
  return (
    <section className="coordinator-section" aria-labelledby="expiring-heading">
      <h2 id="expiring-heading">{t('dashboard.expiring')}</h2>
      <label className="coordinator-inline-field">
        {t('dashboard.within')}
        <select
          value={days}
          onChange={(e) => {
            setDays(Number(e.target.value));
            setPage(1);
          }}
        >
          {EXPIRY_WINDOWS.map((n) => (
            <option key={n} value={n}>
              {t('dashboard.daysOption', { n })}
            </option>
          ))}
        </select>
      </label>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.total === 0 ? (
          <p>{t('dashboard.noneExpiring', { n: days })}</p>
        ) : (
          <>
            <TableWrap label={t('dashboard.expiring')}>
              <table>
                <caption className="visually-hidden">{t('dashboard.expiring')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.name')}</th>
                    <th scope="col">{t('dashboard.unit')}</th>
                    <th scope="col">{t('dashboard.course')}</th>
                    <th scope="col">{t('dashboard.number')}</th>
                    <th scope="col">{t('dashboard.expires')}</th>
                    <th scope="col">{t('dashboard.daysLeft')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.items.map((r) => (
                    <tr key={r.certificateId}>
                      <td>
                        <Link to={`/people/${r.userId}`}>{r.fullName}</Link>
                      </td>
                      <td>{r.unitName ?? '—'}</td>
                      <td>{title(r.courseTitle)}</td>
                      <td>{r.number}</td>
                      <td>{format.date(r.expiresAt)}</td>
                      <td>{format.number(r.daysLeft)}</td>
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

function Competencies({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('coordinator');
  const format = useFormat();
  const query = useQuery({
    queryKey: ['reports', institutionId, 'competencies'],
    queryFn: async () => data(await api.GET('/api/v1/reports/institutions/{id}/competencies', { params: { path: { id: institutionId } } })),
  });
  return (
    <section className="coordinator-section" aria-labelledby="competencies-heading">
      <h2 id="competencies-heading">{t('dashboard.competencies')}</h2>
      <p className="coordinator-hint">{t('dashboard.competenciesHint')}</p>
      <QueryStatus query={query} />
      {query.data ? (
        query.data.items.length === 0 ? (
          <p>{t('dashboard.noCompetencies')}</p>
        ) : (
          <TableWrap label={t('dashboard.competencies')}>
            <table>
              <caption className="visually-hidden">{t('dashboard.competencies')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.tag')}</th>
                  <th scope="col">{t('dashboard.unit')}</th>
                  <th scope="col">{t('dashboard.answered')}</th>
                  <th scope="col">{t('dashboard.scoreShare')}</th>
                  <th scope="col">{t('dashboard.passShare')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((r) => (
                  <tr key={`${r.tag}/${r.unitId ?? ''}`}>
                    <td>{r.tag}</td>
                    <td>{r.unitName ?? t('dashboard.noUnit')}</td>
                    <td>{format.number(r.questionsAnswered)}</td>
                    <td>{format.percent(ratePercent(r.averageScoreShare))}</td>
                    <td>{format.percent(ratePercent(r.passShare))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )
      ) : null}
    </section>
  );
}
