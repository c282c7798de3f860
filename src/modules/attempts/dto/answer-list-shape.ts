import type { AttemptAnswer } from '../attempt-answer';
import { MAX_TEXT_ANSWER } from '../answer-mapping';

/**
 * A quick check that a save's or submit's answers are well formed, for the routes answered
 * outside Nest's pipeline: class-validator costs more than the rest of an autosave's work in
 * the API. It accepts only what SaveAnswersDto / SubmitAttemptDto accept (answers.dto.ts; a
 * property test holds the two together) and says nothing about the rest: a body it does not
 * accept goes to class-validator, which accepts it or names what is wrong, with the same words
 * as on every other route.
 */
export function wellFormedAnswers(body: unknown, answersRequired: boolean): AttemptAnswer[] | undefined {
  if (body === undefined && !answersRequired) return [];
  if (!isObject(body)) return undefined;
  const keys = Object.keys(body);
  if (keys.length === 0) return answersRequired ? undefined : [];
  if (keys.length !== 1 || keys[0] !== 'answers') return undefined;
  const answers = (body as { answers: unknown }).answers;
  if (!Array.isArray(answers) || answers.length > 200 || !answers.every(isWellFormedAnswer)) return undefined;
  return answers as AttemptAnswer[];
}

/** validator.js's isUUID of any version, without its nil and max UUIDs (those go to class-validator). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ANSWER_KEYS = new Set(['questionId', 'optionIds', 'value', 'text', 'pairs', 'order']);

function isWellFormedAnswer(answer: unknown): boolean {
  if (!isObject(answer)) return false;
  for (const key of Object.keys(answer)) if (!ANSWER_KEYS.has(key)) return false;
  const { questionId, optionIds, value, text, pairs, order } = answer as Record<string, unknown>;
  return (
    typeof questionId === 'string' &&
    UUID.test(questionId) &&
    (optionIds === undefined || isIdList(optionIds)) &&
    (value === undefined || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) &&
    (text === undefined || (typeof text === 'string' && text.length <= MAX_TEXT_ANSWER)) &&
    (pairs === undefined || (Array.isArray(pairs) && pairs.length <= 50 && pairs.every(isWellFormedPair))) &&
    (order === undefined || isIdList(order))
  );
}

function isWellFormedPair(pair: unknown): boolean {
  if (!isObject(pair)) return false;
  const keys = Object.keys(pair);
  const { leftId, rightId } = pair as Record<string, unknown>;
  return keys.length === 2 && isShortString(leftId) && isShortString(rightId);
}

const isIdList = (value: unknown): boolean => Array.isArray(value) && value.length <= 50 && value.every(isShortString);
const isShortString = (value: unknown): boolean => typeof value === 'string' && value.length <= 40;
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
