import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import type { Change, Value } from './courseDiff';
import { useLocalized } from '../common/localized';

/** A diff of two states of a course, in sentences. */
export function ChangeList({ changes, id }: { changes: Change[]; id?: string }) {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  const localized = useLocalized();
  if (changes.length === 0) return <p id={id}>{t('diff.none')}</p>;
  const value = (field: string, v: Value): string => {
    if (v === null) return field === 'maxAttempts' ? t('quiz.unlimited') : field === 'certificateValidityMonths' ? t('course.neverExpires') : t('quiz.none');
    if (typeof v === 'boolean') return v ? t('diff.yes') : t('diff.no');
    if (field === 'reviewPolicy') return t(`quiz.review.${v}`);
    if (field === 'reviewAfter') return t(`quiz.reviewTiming.${v}`);
    if (field === 'audience') return String(v).split(', ').map((a) => t(`audience.${a}`)).join(', ');
    if (field === 'timeLimitSeconds' || field === 'minStudySeconds') return t('diff.minutes', { count: Number(v) / 60 });
    return typeof v === 'number' ? format.number(v, 2) : v;
  };
  return (
    <ul className="changes" id={id}>
      {changes.map((c, i) => {
        const module = 'module' in c ? `${t(`modules.kind.${c.module.kind}`)} „${localized(c.module.title)}”` : '';
        let text: string;
        switch (c.type) {
          case 'courseText':
            text = t('diff.courseText', { field: t(`diff.field.${c.field}`), language: t(`languages.${c.language}`) });
            break;
          case 'courseValue':
            text = t('diff.value', { field: t(`diff.field.${c.field}`), before: value(c.field, c.before), after: value(c.field, c.after) });
            break;
          case 'added':
            text = t('diff.added', { module });
            break;
          case 'removed':
            text = t('diff.removed', { module });
            break;
          case 'moved':
            text = t('diff.moved', { module, from: c.from, to: c.to });
            break;
          case 'moduleText':
            text = t('diff.moduleText', { module, field: t(`diff.field.${c.field}`), language: t(`languages.${c.language}`) });
            break;
          case 'moduleValue':
            text = `${module}: ${t('diff.value', { field: t(`diff.field.${c.field}`), before: value(c.field, c.before), after: value(c.field, c.after) })}`;
            break;
        }
        return <li key={i}>{text}</li>;
      })}
    </ul>
  );
}
