import type { components } from '../api/schema';

/** The API's shapes the quiz pages work with (generated from the OpenAPI document). */
export type Attempt = components['schemas']['AttemptView'];
export type AttemptSummary = components['schemas']['AttemptSummaryView'];
export type Question = components['schemas']['AttemptQuestionView'];
export type QuestionType = Question['type'];
export type Answer = components['schemas']['AnswerDto'];
export type Choice = components['schemas']['ShownChoiceView'];
export type LocalizedText = components['schemas']['LocalizedTextView'];
export type CorrectAnswer = components['schemas']['CorrectAnswerView'];
