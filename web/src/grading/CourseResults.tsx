import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, data } from '../api/client';
import { ErrorMessage, Loading } from '../common/ErrorMessage';
import { useFormat } from '../common/format';
import { Page } from '../common/Page';
import { localized } from '../common/localized';
import { Bucket, bucketLabel } from './grading-format';

/** `/grading/courses/:courseId`: attempts, the score distribution and the hardest questions of a course the trainer authors. */
export function CourseResults() {
  const { t, i18n } = useTranslation('grading');
  const format = useFormat();
  const { courseId = '' } = useParams();
  const results = useQuery({
    queryKey: ['course-results', courseId],
    queryFn: async () => data(await api.GET('/api/v1/reports/courses/{id}/results', { params: { path: { id: courseId } } })),
  });
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorMessage error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  return (
    <Page title={t('results.title', { course: localized(r.title, i18n.language) })}>
      <p>
        <Link to="/grading">{t('results.back')}</Link>
      </p>
      <dl className="figures">
        <div>
          <dt>{t('results.attempts')}</dt>
          <dd>{format.number(r.attempts)}</dd>
        </div>
        <div>
          <dt>{t('results.graded')}</dt>
          <dd>{format.number(r.graded)}</dd>
        </div>
        <div>
          <dt>{t('results.needsReview')}</dt>
          <dd>{format.number(r.needsReview)}</dd>
        </div>
        <div>
          <dt>{t('results.passed')}</dt>
          <dd>{format.number(r.passed)}</dd>
        </div>
        <div>
          <dt>{t('results.average')}</dt>
          <dd>{format.percent(r.averagePercent)}</dd>
        </div>
      </dl>
      <section aria-labelledby="distribution-heading">
        <h2 id="distribution-heading">{t('results.distribution')}</h2>
        <DistributionChart buckets={r.distribution} label={t('results.attemptsAxis')} />
        <div className="table-wrap">
          <table>
            <caption>{t('results.distributionCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.colRange')}</th>
                <th scope="col">{t('results.colCount')}</th>
              </tr>
            </thead>
            <tbody>
              {r.distribution.map((b) => (
                <tr key={b.from}>
                  <td>{bucketLabel(b)}</td>
                  <td>{format.number(b.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="hardest-heading">
        <h2 id="hardest-heading">{t('results.hardest')}</h2>
        {r.hardestQuestions.length === 0 ? (
          <p>{t('results.noAnswers')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('results.colQuestion')}</th>
                  <th scope="col">{t('results.colAnswered')}</th>
                  <th scope="col">{t('results.colShare')}</th>
                </tr>
              </thead>
              <tbody>
                {r.hardestQuestions.map((q) => (
                  <tr key={q.questionId}>
                    <td>{q.prompt ? localized(q.prompt, i18n.language) : t('results.deletedQuestion')}</td>
                    <td>{format.number(q.answered)}</td>
                    <td>{format.percent(q.averageScoreShare * 100)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}

/** A bar chart of the buckets; chart.js is loaded only here, never with the first page. The table beside it has the same figures. */
function DistributionChart({ buckets, label }: { buckets: Bucket[]; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void (async () => {
      const { default: Chart } = await import('chart.js/auto');
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: { labels: buckets.map((b) => bucketLabel(b)), datasets: [{ label, data: buckets.map((b) => b.count), backgroundColor: '#1d4e89' }] },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
      });
    })();
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [buckets, label]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
