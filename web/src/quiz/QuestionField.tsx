import { ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../common/localized';
import { chooseOption, moveItem, parseNumber, type FormValue } from './answer-mapping';
import { RichText } from './RichText';
import type { Question } from './types';

export interface FieldProps {
  question: Question;
  value: FormValue;
  onChange: (value: FormValue) => void;
  disabled?: boolean;
  /** The id of the element holding the prompt: the inputs are labelled or described by it. */
  promptId: string;
}

/** The inputs for one question, by its type; every one usable with the keyboard alone (no dragging). */
export function QuestionField(props: FieldProps) {
  switch (props.question.type) {
    case 'single_choice':
    case 'scenario':
    case 'multiple_choice':
      return <ChoiceField {...props} />;
    case 'true_false':
      return <TrueFalseField {...props} />;
    case 'short_answer':
      return <ShortAnswerField {...props} />;
    case 'numeric':
      return <NumericField {...props} />;
    case 'matching':
      return <MatchingField {...props} />;
    case 'ordering':
      return <OrderingField {...props} />;
    case 'essay':
      return <EssayField {...props} />;
  }
}

function ChoiceField({ question, value, onChange, disabled, promptId }: FieldProps) {
  const { t, i18n } = useTranslation('quiz');
  if (value.kind !== 'choice') return null;
  const multiple = question.type === 'multiple_choice';
  return (
    <fieldset className="quiz-choices" aria-labelledby={promptId} disabled={disabled}>
      {multiple ? <p className="quiz-hint">{t('player.chooseAll')}</p> : null}
      {(question.options ?? []).map((option) => (
        <label key={option.id} className="quiz-choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={question.id}
            value={option.id}
            checked={value.optionIds.includes(option.id)}
            onChange={(e) => onChange(chooseOption(question, value, option.id, e.target.checked))}
          />
          <span>{localized(option.text, i18n.language)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function TrueFalseField({ question, value, onChange, disabled, promptId }: FieldProps) {
  const { t } = useTranslation('quiz');
  if (value.kind !== 'boolean') return null;
  return (
    <fieldset className="quiz-choices" aria-labelledby={promptId} disabled={disabled}>
      {[true, false].map((option) => (
        <label key={String(option)} className="quiz-choice">
          <input type="radio" name={question.id} checked={value.value === option} onChange={() => onChange({ kind: 'boolean', value: option })} />
          <span>{option ? t('player.true') : t('player.false')}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ShortAnswerField({ question, value, onChange, disabled, promptId }: FieldProps) {
  const { t } = useTranslation('quiz');
  if (value.kind !== 'text') return null;
  const id = `answer-${question.id}`;
  return (
    <div className="quiz-field">
      <label htmlFor={id}>{t('player.yourAnswer')}</label>
      <input id={id} type="text" value={value.text} disabled={disabled} aria-describedby={promptId} autoComplete="off" onChange={(e) => onChange({ kind: 'text', text: e.target.value })} />
    </div>
  );
}

function NumericField({ question, value, onChange, disabled, promptId }: FieldProps) {
  const { t } = useTranslation('quiz');
  if (value.kind !== 'number') return null;
  const id = `answer-${question.id}`;
  const invalid = value.input.trim() !== '' && parseNumber(value.input) === null;
  return (
    <div className="quiz-field">
      <label htmlFor={id}>{t('player.yourNumber')}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value.input}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={`${promptId} ${id}-hint`}
        onChange={(e) => onChange({ kind: 'number', input: e.target.value })}
      />
      <p id={`${id}-hint`} className={invalid ? 'quiz-hint quiz-invalid' : 'quiz-hint'}>
        {invalid ? t('player.notANumber') : t('player.numberHint')}
      </p>
    </div>
  );
}

/** Matching without dragging: one list of the right-hand sides per left-hand item. */
export function MatchingField({ question, value, onChange, disabled, promptId }: FieldProps) {
  const { t, i18n } = useTranslation('quiz');
  if (value.kind !== 'matching') return null;
  return (
    <fieldset className="quiz-matching" aria-labelledby={promptId} disabled={disabled}>
      {(question.left ?? []).map((left) => {
        const id = `match-${question.id}-${left.id}`;
        return (
          <div key={left.id} className="quiz-match-row">
            <label htmlFor={id}>{localized(left.text, i18n.language)}</label>
            <select
              id={id}
              value={value.rightByLeft[left.id] ?? ''}
              onChange={(e) => onChange({ kind: 'matching', rightByLeft: { ...value.rightByLeft, [left.id]: e.target.value } })}
            >
              <option value="">{t('player.chooseMatch')}</option>
              {(question.right ?? []).map((right) => (
                <option key={right.id} value={right.id}>
                  {localized(right.text, i18n.language)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * Ordering without dragging: "up" and "down" buttons on each item, the move announced to
 * screen readers, and the focus kept on the moved item's button so it can go on moving.
 * At either end the button stays focusable (aria-disabled) rather than dropping the focus.
 */
export function OrderingField({ question, value, onChange, disabled, promptId }: FieldProps) {
  const { t, i18n } = useTranslation('quiz');
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (refocus.current) buttons.current.get(refocus.current)?.focus();
    refocus.current = null;
  });
  if (value.kind !== 'ordering') return null;
  const textOf = (id: string) => localized(question.items?.find((i) => i.id === id)?.text, i18n.language);
  const move = (index: number, delta: -1 | 1) => {
    const order = moveItem(value.order, index, delta);
    if (order === value.order || disabled) return;
    const id = value.order[index];
    refocus.current = `${id}:${delta}`;
    onChange({ kind: 'ordering', order, moved: true });
    setAnnouncement(t('player.moved', { item: textOf(id), position: index + delta + 1, total: order.length }));
  };
  return (
    <div className="quiz-ordering">
      <p className="quiz-hint" id={`${promptId}-how`}>
        {t('player.orderHint')}
      </p>
      <ol aria-labelledby={promptId} aria-describedby={`${promptId}-how`}>
        {value.order.map((id, index) => {
          const text = textOf(id);
          const button = (delta: -1 | 1) => {
            const atEnd = delta === -1 ? index === 0 : index === value.order.length - 1;
            return (
              <button
                type="button"
                ref={(el) => {
                  if (el) buttons.current.set(`${id}:${delta}`, el);
                  else buttons.current.delete(`${id}:${delta}`);
                }}
                aria-label={t(delta === -1 ? 'player.moveUp' : 'player.moveDown', { item: text })}
                aria-disabled={atEnd || disabled || undefined}
                onClick={() => move(index, delta)}
              >
                <span aria-hidden="true">{delta === -1 ? '↑' : '↓'}</span> {t(delta === -1 ? 'player.up' : 'player.down')}
              </button>
            );
          };
          return (
            <li key={id} className="quiz-order-item">
              <div className="quiz-order-row">
                <span className="quiz-order-text">{text}</span>
                <span className="quiz-order-buttons">
                  {button(-1)}
                  {button(1)}
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function EssayField({ question, value, onChange, disabled, promptId }: FieldProps) {
  const { t } = useTranslation('quiz');
  if (value.kind !== 'text') return null;
  const id = `answer-${question.id}`;
  return (
    <div className="quiz-field">
      <label htmlFor={id}>{t('player.yourEssay')}</label>
      <textarea id={id} rows={8} value={value.text} disabled={disabled} aria-describedby={promptId} onChange={(e) => onChange({ kind: 'text', text: e.target.value })} />
    </div>
  );
}

/** A question's heading, prompt (a scenario's situation first) and inputs. */
export function QuestionCard({
  question,
  index,
  total,
  children,
  onLeave,
}: {
  question: Question;
  index: number;
  total: number;
  children: (promptId: string) => ReactNode;
  onLeave?: () => void;
}) {
  const { t, i18n } = useTranslation('quiz');
  const headingId = `question-${question.id}`;
  const promptId = `prompt-${question.id}`;
  return (
    <section
      className="card quiz-question"
      aria-labelledby={headingId}
      onBlur={(e) => {
        // Leaving the question (not moving between its own inputs) saves at once.
        if (onLeave && !e.currentTarget.contains(e.relatedTarget as Node | null)) onLeave();
      }}
    >
      <h2 id={headingId}>
        {t('player.questionOf', { n: index + 1, total })}{' '}
        <span className="quiz-points">{t('player.points', { count: question.points, formatted: new Intl.NumberFormat(i18n.language).format(question.points) })}</span>
      </h2>
      {question.type === 'scenario' && question.situation ? <RichText className="quiz-situation" text={question.situation} format={question.format} /> : null}
      <RichText id={promptId} className="quiz-prompt" text={question.prompt} format={question.format} />
      {children(promptId)}
    </section>
  );
}
