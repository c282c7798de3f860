import { useTranslation } from 'react-i18next';
import { useFormat } from '../common/format';
import { FieldError, LocalizedField, replaceAt, RowGroup, TextField, useField } from './FormParts';
import {
  ChoiceRow,
  emptyChoice,
  emptyNumeric,
  emptyPair,
  emptyShortAnswer,
  emptyTexts,
  pointsForPercent,
  QuestionForm,
  weightSummary,
} from './question-form';

type SetForm = (change: Partial<QuestionForm>) => void;

/** The fields of the form's own type, with its scoring rule said in words next to them. */
export function TypeFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  switch (form.type) {
    case 'single_choice':
    case 'multiple_choice':
    case 'scenario':
      return <ChoiceFields form={form} set={set} />;
    case 'true_false':
      return <TrueFalseFields form={form} set={set} />;
    case 'short_answer':
      return <ShortAnswerFields form={form} set={set} />;
    case 'numeric':
      return <NumericFields form={form} set={set} />;
    case 'matching':
      return <MatchingFields form={form} set={set} />;
    case 'ordering':
      return <OrderingFields form={form} set={set} />;
    case 'essay':
      return <EssayFields form={form} set={set} />;
  }
}

/** "= 0.5 pkt" next to a weight: what the percentage earns of this question's points. */
function Earns({ points, percent }: { points: string; percent: string }) {
  const { t } = useTranslation('banks');
  const format = useFormat();
  const earned = pointsForPercent(points, percent);
  return earned === undefined ? null : <>{t('editor.earns', { points: format.number(earned, 3) })}</>;
}

/** The type's rule, and whether the weights as typed keep it; announced as they change. */
function WeightRule({ form }: { form: QuestionForm }) {
  const { t } = useTranslation('banks');
  const format = useFormat();
  const summary = weightSummary(form);
  const values = { sum: format.number(summary.positiveSum, 3), full: summary.full, best: format.number(summary.best, 3), perPart: format.number(summary.perPart, 3) };
  return (
    <div className={`rule ${summary.ok ? 'rule-ok' : 'rule-bad'}`} role="status">
      <p>{t(`rules.${form.type}`, values)}</p>
      <p>
        <strong>{t(`rules.${form.type}Now`, values)}</strong> {summary.ok ? t('rules.ok') : t('rules.notYet')}
      </p>
    </div>
  );
}

function ChoiceFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  const { t } = useTranslation('banks');
  const setOption = (i: number, change: Partial<ChoiceRow>) => set({ options: replaceAt(form.options, i, { ...form.options[i], ...change }) });
  const noun = form.type === 'scenario' ? 'response' : 'option';
  return (
    <RowGroup path="options" legend={t(`editor.${noun}s`)} rule={<WeightRule form={form} />}>
      {form.options.map((option, i) => (
        <fieldset key={i} className="row">
          <legend>{t(`editor.${noun}`, { n: i + 1 })}</legend>
          <LocalizedField path={`options[${i}].text`} label={t('editor.text')} value={option.text} onChange={(text) => setOption(i, { text })} />
          <TextField
            path={`options[${i}].weight`}
            label={t('editor.weight')}
            inputMode="decimal"
            value={option.weight}
            onChange={(weight) => setOption(i, { weight })}
            hint={<Earns points={form.points} percent={option.weight} />}
          />
          <LocalizedField path={`options[${i}].feedback`} label={t('editor.optionFeedback')} value={option.feedback} onChange={(feedback) => setOption(i, { feedback })} />
          <button type="button" className="secondary" onClick={() => set({ options: form.options.filter((_, j) => j !== i) })}>
            {t(`editor.remove${noun === 'option' ? 'Option' : 'Response'}`, { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => set({ options: [...form.options, emptyChoice()] })}>
        {t(`editor.add${noun === 'option' ? 'Option' : 'Response'}`)}
      </button>
    </RowGroup>
  );
}

function TrueFalseFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  const { t } = useTranslation('banks');
  const field = useField('correct');
  return (
    <>
      <fieldset className="row-group" id={field.id}>
        <legend>{t('editor.correctAnswer')}</legend>
        <p className="hint">{t('rules.true_false')}</p>
        <label className="choice">
          <input type="radio" name="correct" checked={form.correct} onChange={() => set({ correct: true })} /> {t('preview.true')}
        </label>
        <label className="choice">
          <input type="radio" name="correct" checked={!form.correct} onChange={() => set({ correct: false })} /> {t('preview.false')}
        </label>
        <FieldError path="correct" />
      </fieldset>
      <LocalizedField path="feedbackTrue" label={t('editor.feedbackTrue')} value={form.feedbackTrue} onChange={(feedbackTrue) => set({ feedbackTrue })} />
      <LocalizedField path="feedbackFalse" label={t('editor.feedbackFalse')} value={form.feedbackFalse} onChange={(feedbackFalse) => set({ feedbackFalse })} />
    </>
  );
}

function ShortAnswerFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  const { t } = useTranslation('banks');
  const setAnswer = (i: number, change: Partial<QuestionForm['shortAnswers'][number]>) =>
    set({ shortAnswers: replaceAt(form.shortAnswers, i, { ...form.shortAnswers[i], ...change }) });
  const caseField = useField('caseSensitive');
  return (
    <>
      <RowGroup path="answers" legend={t('editor.acceptedAnswers')} rule={<WeightRule form={form} />}>
        <p className="hint">{t('editor.wildcardHint')}</p>
        {form.shortAnswers.map((answer, i) => (
          <fieldset key={i} className="row">
            <legend>{t('editor.answer', { n: i + 1 })}</legend>
            <TextField path={`answers[${i}].text`} label={t('editor.text')} value={answer.text} onChange={(text) => setAnswer(i, { text })} />
            <TextField
              path={`answers[${i}].weight`}
              label={t('editor.weight')}
              inputMode="decimal"
              value={answer.weight}
              onChange={(weight) => setAnswer(i, { weight })}
              hint={<Earns points={form.points} percent={answer.weight} />}
            />
            <button type="button" className="secondary" onClick={() => set({ shortAnswers: form.shortAnswers.filter((_, j) => j !== i) })}>
              {t('editor.removeAnswer', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="secondary" onClick={() => set({ shortAnswers: [...form.shortAnswers, emptyShortAnswer('0')] })}>
          {t('editor.addAnswer')}
        </button>
      </RowGroup>
      <div className="field">
        <label className="choice" htmlFor={caseField.id}>
          <input {...caseField} type="checkbox" checked={form.caseSensitive} onChange={(e) => set({ caseSensitive: e.target.checked })} />{' '}
          {t('editor.caseSensitive')}
        </label>
        <p className="hint">{form.caseSensitive ? t('editor.caseSensitiveOn') : t('editor.caseSensitiveOff')}</p>
      </div>
    </>
  );
}

function NumericFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  const { t } = useTranslation('banks');
  const format = useFormat();
  const setAnswer = (i: number, change: Partial<QuestionForm['numericAnswers'][number]>) =>
    set({ numericAnswers: replaceAt(form.numericAnswers, i, { ...form.numericAnswers[i], ...change }) });
  return (
    <RowGroup path="answers" legend={t('editor.acceptedAnswers')} rule={<WeightRule form={form} />}>
      {form.numericAnswers.map((answer, i) => {
        const value = Number(answer.value.replace(',', '.'));
        const tolerance = Number(answer.tolerance.replace(',', '.'));
        const range = answer.value.trim() && Number.isFinite(value) && Number.isFinite(tolerance);
        return (
          <fieldset key={i} className="row">
            <legend>{t('editor.answer', { n: i + 1 })}</legend>
            <TextField path={`answers[${i}].value`} label={t('editor.value')} inputMode="decimal" value={answer.value} onChange={(v) => setAnswer(i, { value: v })} />
            <TextField
              path={`answers[${i}].tolerance`}
              label={t('editor.tolerance')}
              inputMode="decimal"
              value={answer.tolerance}
              onChange={(v) => setAnswer(i, { tolerance: v })}
              hint={range ? t('editor.toleranceRange', { from: format.number(value - tolerance, 6), to: format.number(value + tolerance, 6) }) : null}
            />
            <TextField
              path={`answers[${i}].weight`}
              label={t('editor.weight')}
              inputMode="decimal"
              value={answer.weight}
              onChange={(weight) => setAnswer(i, { weight })}
              hint={<Earns points={form.points} percent={answer.weight} />}
            />
            <button type="button" className="secondary" onClick={() => set({ numericAnswers: form.numericAnswers.filter((_, j) => j !== i) })}>
              {t('editor.removeAnswer', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="secondary" onClick={() => set({ numericAnswers: [...form.numericAnswers, emptyNumeric('0')] })}>
        {t('editor.addAnswer')}
      </button>
    </RowGroup>
  );
}

function MatchingFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  const { t } = useTranslation('banks');
  return (
    <>
      <RowGroup path="pairs" legend={t('editor.pairs')} rule={<WeightRule form={form} />}>
        {form.pairs.map((pair, i) => (
          <fieldset key={i} className="row">
            <legend>{t('editor.pair', { n: i + 1 })}</legend>
            <LocalizedField path={`pairs[${i}].left`} label={t('editor.left')} value={pair.left} onChange={(left) => set({ pairs: replaceAt(form.pairs, i, { ...pair, left }) })} />
            <LocalizedField path={`pairs[${i}].right`} label={t('editor.right')} value={pair.right} onChange={(right) => set({ pairs: replaceAt(form.pairs, i, { ...pair, right }) })} />
            <button type="button" className="secondary" onClick={() => set({ pairs: form.pairs.filter((_, j) => j !== i) })}>
              {t('editor.removePair', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" className="secondary" onClick={() => set({ pairs: [...form.pairs, emptyPair()] })}>
          {t('editor.addPair')}
        </button>
      </RowGroup>
      <RowGroup path="distractors" legend={t('editor.distractors')}>
        <p className="hint">{t('editor.distractorsHint')}</p>
        {form.distractors.map((d, i) => (
          <div key={i} className="row">
            <LocalizedField path={`distractors[${i}]`} label={t('editor.distractor', { n: i + 1 })} value={d} onChange={(v) => set({ distractors: replaceAt(form.distractors, i, v) })} />
            <button type="button" className="secondary" onClick={() => set({ distractors: form.distractors.filter((_, j) => j !== i) })}>
              {t('editor.removeDistractor', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => set({ distractors: [...form.distractors, emptyTexts()] })}>
          {t('editor.addDistractor')}
        </button>
      </RowGroup>
    </>
  );
}

function OrderingFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  const { t } = useTranslation('banks');
  const move = (i: number, by: number) => {
    const items = [...form.items];
    [items[i], items[i + by]] = [items[i + by], items[i]];
    set({ items });
  };
  return (
    <RowGroup path="items" legend={t('editor.items')} rule={<WeightRule form={form} />}>
      {form.items.map((item, i) => (
        <div key={i} className="row">
          <LocalizedField path={`items[${i}]`} label={t('editor.item', { n: i + 1 })} value={item} onChange={(v) => set({ items: replaceAt(form.items, i, v) })} />
          <div className="row-actions">
            <button type="button" className="secondary" disabled={i === 0} onClick={() => move(i, -1)}>
              {t('editor.moveUp', { n: i + 1 })}
            </button>
            <button type="button" className="secondary" disabled={i === form.items.length - 1} onClick={() => move(i, 1)}>
              {t('editor.moveDown', { n: i + 1 })}
            </button>
            <button type="button" className="secondary" onClick={() => set({ items: form.items.filter((_, j) => j !== i) })}>
              {t('editor.removeItem', { n: i + 1 })}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => set({ items: [...form.items, emptyTexts()] })}>
        {t('editor.addItem')}
      </button>
    </RowGroup>
  );
}

function EssayFields({ form, set }: { form: QuestionForm; set: SetForm }) {
  const { t } = useTranslation('banks');
  return (
    <>
      <p className="rule rule-ok">{t('rules.essay')}</p>
      <LocalizedField path="graderInfo" label={t('editor.graderInfo')} value={form.graderInfo} onChange={(graderInfo) => set({ graderInfo })} multiline />
      <LocalizedField path="responseTemplate" label={t('editor.responseTemplate')} value={form.responseTemplate} onChange={(responseTemplate) => set({ responseTemplate })} multiline />
    </>
  );
}
