import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { flattenValidationErrors } from '../../common/http/validation';
import type { FieldError } from '../../common/errors/domain-error';
import { QUESTION_DTOS } from './dto/question.dto';
import { QUESTION_TYPES, QuestionDefinition, QuestionType } from './question-definition';
import { questionRuleViolations } from './question-rules';

export type QuestionCheck = { question: QuestionDefinition; errors?: undefined } | { errors: FieldError[] };

/**
 * Checks a question body against its type's DTO (shape, ranges, no unknown fields)
 * and its type's rules. The API and the importers both go through here.
 */
export function checkQuestion(input: unknown): QuestionCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { errors: [{ field: 'body', messages: ['a question must be a JSON object'] }] };
  }
  const type = (input as { type?: unknown }).type;
  if (typeof type !== 'string' || !QUESTION_TYPES.includes(type as QuestionType)) {
    return { errors: [{ field: 'type', messages: [`type must be one of ${QUESTION_TYPES.join(', ')}`] }] };
  }
  const dto = plainToInstance(QUESTION_DTOS[type as QuestionType], input);
  const shapeErrors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (shapeErrors.length > 0) return { errors: flattenValidationErrors(shapeErrors) };
  // A plain copy: only the whitelisted fields, no class instances, no undefined members.
  const question = JSON.parse(JSON.stringify(dto)) as QuestionDefinition;
  const violations = questionRuleViolations(question);
  if (violations.length > 0) {
    return { errors: violations.map((v) => ({ field: v.field, messages: [v.message] })) };
  }
  return { question };
}
