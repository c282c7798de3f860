import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../common/format';
import { localized } from '../common/localized';
import { correctLines, responseLines, type ReviewWords } from './answer-mapping';
import { RichText } from './RichText';
import type { Attempt, Question } from './types';

/** After the submit: "grading…" while the worker grades, then the score and the review the quiz's policy allows. */
export function AttemptResult({ attempt, timeRanOut }: { attempt: Attempt; timeRanOut: boolean }) {
  const { t } = useTranslation('quiz');
  const format = useFormat();
  const late = timeRanOut || (attempt.deadlineAt !== null && attempt.submittedAt !== null && Date.parse(attempt.submittedAt) >= Date.parse(attempt.deadlineAt));
  return (
    <>
      {late ? (
        <div className="notice notice-warn">
          <p>{t('result.timeRanOut')}</p>
        </div>
      ) : null}
      {/* One live region throughout, so the change from "grading…" to the score is announced. */}
      <div role="status" aria-live="polite">
        {attempt.status === 'submitted' ? (
          <p className="notice quiz-grading">{t('result.grading')}</p>
        ) : (
          <section className="card quiz-score" aria-labelledby="quiz-score-title">
            <h2 id="quiz-score-title">{t('result.title')}</h2>
            <p className="quiz-score-line">
              {t('result.score', { score: format.number(attempt.score, 2), max: format.number(attempt.maxScore, 2), percent: format.percent(attempt.percent) })}
            </p>
            {attempt.status === 'needs_review' ? (
              <p>{t('result.needsReview')}</p>
            ) : (
              <p className={attempt.passed ? 'quiz-passed' : 'quiz-failed'}>
                <strong>{attempt.passed ? t('result.passed') : t('result.failed')}</strong>
              </p>
            )}
          </section>
        )}
      </div>
      {attempt.status !== 'submitted' ? <Review attempt={attempt} /> : null}
      <p className="quiz-actions">
        <Link to={`/training/${attempt.enrollmentId}/quiz/${attempt.moduleId}`}>{t('result.backToQuiz')}</Link>
        <Link to="/training">{t('result.backToTraining')}</Link>
      </p>
    </>
  );
}

/**
 * Only what the API returned: under the `score` policy no questions come, under `responses` no answer key;
 * until the quiz's review timing allows (`review.visible`), none either — then the page says when they will.
 */
function Review({ attempt }: { attempt: Attempt }) {
  const { t, i18n } = useTranslation('quiz');
  const format = useFormat();
  const questions = attempt.questions ?? [];
  if (attempt.review && !attempt.review.visible) {
    return <p className="notice quiz-review-later">{t(`review.hidden.${attempt.review.after}`, { date: format.dateTime(attempt.review.availableFrom) })}</p>;
  }
  if (questions.length === 0) return <p>{t('review.scoreOnly')}</p>;
  const words: ReviewWords = { true: t('player.true'), false: t('player.false'), number: (n) => format.number(n, 6) };
  return (
    <section aria-labelledby="quiz-review-title" className="quiz-review">
      <h2 id="quiz-review-title">{t('review.title')}</h2>
      <ol className="cards">
        {questions.map((question, index) => (
          <ReviewedQuestion key={question.id} question={question} index={index} total={questions.length} words={words} language={i18n.language} />
        ))}
      </ol>
    </section>
  );
}

function ReviewedQuestion({ question, index, total, words, language }: { question: Question; index: number; total: number; words: ReviewWords; language: string }) {
  const { t } = useTranslation('quiz');
  const format = useFormat();
  const yours = responseLines(question, question.response, language, words);
  const correct = correctLines(question, question.correct, language, words);
  const List = question.type === 'ordering' ? 'ol' : 'ul';
  return (
    <li className="card quiz-reviewed">
      <h3>
        {t('player.questionOf', { n: index + 1, total })}
        {' · '}
        {question.awardedPoints !== undefined
          ? t('review.points', { points: format.number(question.awardedPoints, 2), max: format.number(question.points, 2) })
          : question.type === 'essay'
            ? t('review.awaitingGrade')
            : null}
      </h3>
      {question.type === 'scenario' && question.situation ? <RichText className="quiz-situation" text={question.situation} format={question.format} /> : null}
      <RichText className="quiz-prompt" text={question.prompt} format={question.format} />
      <h4>{t('review.yours')}</h4>
      {yours.length ? (
        <List>
          {yours.map((line, i) => (
            <li key={i} className="quiz-response">
              {line}
            </li>
          ))}
        </List>
      ) : (
        <p>{t('review.noAnswer')}</p>
      )}
      {correct.length ? (
        <>
          <h4>{t('review.correct')}</h4>
          <List>
            {correct.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </List>
        </>
      ) : null}
      {question.feedback ? (
        <>
          <h4>{t('review.feedback')}</h4>
          <RichText text={question.feedback} format={question.format} />
        </>
      ) : null}
      {/* Feedback on the options chosen, when the key came with it. */}
      {(question.correct?.options ?? [])
        .filter((o) => o.feedback && question.response?.optionIds?.includes(o.id))
        .map((o) => (
          <p key={o.id} className="quiz-hint">
            {localized(o.feedback, language)}
          </p>
        ))}
    </li>
  );
}
