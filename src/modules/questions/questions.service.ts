import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Page, pageOf } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { ValidationProblem } from '../../common/errors/domain-error';
import { AccessPolicy } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CreateQuestionBankDto, ImportFormat, QuestionListQuery } from './dto/question-bank.dto';
import { parseGift } from './import/gift-parser';
import { parseMoodleXml } from './import/moodle-xml-parser';
import { toMoodleXml } from './import/moodle-xml-exporter';
import { ImportFormatError, ImportPosition, Language, QuestionDefinition } from './question-definition';
import { QuestionBank } from './question-bank.entity';
import { checkQuestion } from './question-validation';
import { Question } from './question.entity';

export const IMPORT_MAX_QUESTIONS = 5_000;

@Injectable()
export class QuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  async createBank(actor: Actor, dto: CreateQuestionBankDto): Promise<QuestionBank> {
    return this.dataSource.getRepository(QuestionBank).save({ name: dto.name.trim(), ownerId: actor.id });
  }

  async listBanks(query: { offset: number; limit: number; page: number }): Promise<Page<QuestionBank & { questionCount: number }>> {
    const repo = this.dataSource.getRepository(QuestionBank);
    const [banks, total] = await repo.findAndCount({ order: { name: 'ASC', id: 'ASC' }, skip: query.offset, take: query.limit });
    const counts = await this.questionCounts(banks.map((b) => b.id));
    return pageOf(banks.map((b) => ({ ...b, questionCount: counts.get(b.id) ?? 0 })), total, query);
  }

  async getBank(id: string): Promise<QuestionBank & { questionCount: number }> {
    const bank = await this.dataSource.getRepository(QuestionBank).findOneBy({ id });
    if (!bank) throw new DomainError('question-bank-not-found', 'Question bank not found');
    return { ...bank, questionCount: (await this.questionCounts([id])).get(id) ?? 0 };
  }

  async renameBank(actor: Actor, id: string, dto: CreateQuestionBankDto): Promise<QuestionBank & { questionCount: number }> {
    const bank = await this.getBank(id);
    this.policy.assertAuthor(actor, bank.ownerId);
    await this.dataSource.getRepository(QuestionBank).update({ id }, { name: dto.name.trim() });
    return { ...bank, name: dto.name.trim() };
  }

  async addQuestion(actor: Actor, bankId: string, body: unknown): Promise<Question> {
    const bank = await this.getBank(bankId);
    this.policy.assertAuthor(actor, bank.ownerId);
    const question = validOrThrow(body);
    return this.dataSource.getRepository(Question).save({ ...toRow(bankId, question), version: 1 });
  }

  async listQuestions(bankId: string, query: QuestionListQuery): Promise<Page<Question>> {
    await this.getBank(bankId);
    const qb = this.dataSource.getRepository(Question).createQueryBuilder('q').where('q.bankId = :bankId', { bankId });
    if (query.tag) qb.andWhere(':tag = ANY(q.tags)', { tag: query.tag });
    if (query.type) qb.andWhere('q.type = :type', { type: query.type });
    const [items, total] = await qb.orderBy('q.seq').skip(query.offset).take(query.limit).getManyAndCount();
    return pageOf(items, total, query);
  }

  async getQuestion(id: string): Promise<Question> {
    const question = await this.dataSource.getRepository(Question).findOneBy({ id });
    if (!question) throw new DomainError('question-not-found', 'Question not found');
    return question;
  }

  /**
   * Applies the changed fields and re-checks the whole question; a field sent as null
   * is removed (how an editor clears an optional text). Published course versions hold
   * their own copy, so an edit never reaches them.
   */
  async updateQuestion(actor: Actor, id: string, changes: unknown): Promise<Question> {
    if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
      throw new ValidationProblem([{ field: 'body', messages: ['the body must be a JSON object'] }]);
    }
    return this.dataSource.transaction(async (em) => {
      const question = await this.lockOwnQuestion(em, actor, id);
      const merged = validOrThrow(withoutNulls({ ...question.definition, ...changes }));
      const before = question.definition;
      Object.assign(question, toRow(question.bankId, merged), { version: question.version + 1 });
      const saved = await em.save(question);
      await this.audit.record(em, { actorId: actor.id, action: 'question.updated', entityType: 'question', entityId: id, before: { ...before }, after: { ...merged } });
      return saved;
    });
  }

  async deleteQuestion(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const question = await this.lockOwnQuestion(em, actor, id);
      const [usedBy] = await em.query(
        `SELECT c.title->>'pl' AS course, m.title->>'pl' AS module FROM course_module m JOIN course c ON c.id = m.course_id
          WHERE m.quiz->'questionIds' ? $1 LIMIT 1`,
        [id],
      );
      if (usedBy) {
        throw new DomainError('question-in-use', `The question is used by the quiz "${usedBy.module}" of the course "${usedBy.course}"; remove it there first`);
      }
      await em.delete(Question, { id });
      await this.audit.record(em, { actorId: actor.id, action: 'question.deleted', entityType: 'question', entityId: id, before: { ...question.definition } });
    });
  }

  /** Imports a GIFT or Moodle XML file: valid questions are added, the rest reported with their position. */
  async import(actor: Actor, bankId: string, format: ImportFormat, lang: Language, text: string) {
    const bank = await this.getBank(bankId);
    this.policy.assertAuthor(actor, bank.ownerId);
    let parsed;
    try {
      parsed = format === 'gift' ? parseGift(text, lang) : parseMoodleXml(text, lang);
    } catch (error) {
      if (error instanceof ImportFormatError) {
        throw new DomainError('invalid-import-file', `The file cannot be read as ${format}: ${error.message}`, { position: error.position });
      }
      throw error;
    }
    if (parsed.questions.length > IMPORT_MAX_QUESTIONS) {
      throw new DomainError('import-too-large', `A file may hold at most ${IMPORT_MAX_QUESTIONS} questions`);
    }
    const skipped: (ImportPosition & { reason: string })[] = parsed.skipped.map((s) => ({ ...s.position, reason: s.reason }));
    const accepted: QuestionDefinition[] = [];
    for (const { position, question } of parsed.questions) {
      const check = checkQuestion(question);
      if (check.errors) skipped.push({ ...position, reason: check.errors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ') });
      else accepted.push(check.question);
    }
    const questionIds = await this.dataSource.transaction(async (em) => {
      const rows = accepted.length ? await em.getRepository(Question).save(accepted.map((q) => ({ ...toRow(bankId, q), version: 1 }))) : [];
      await this.audit.record(em, {
        actorId: actor.id,
        action: 'question_bank.imported',
        entityType: 'question_bank',
        entityId: bankId,
        after: { format, imported: rows.length, skipped: skipped.length },
      });
      return rows.map((r) => r.id);
    });
    skipped.sort((a, b) => positionOrder(a) - positionOrder(b));
    return { imported: questionIds.length, questionIds, skipped };
  }

  async exportMoodleXml(bankId: string, lang: Language): Promise<{ filename: string; xml: string }> {
    const bank = await this.getBank(bankId);
    const questions = await this.dataSource.getRepository(Question).find({ where: { bankId }, order: { seq: 'ASC' } });
    const xml = toMoodleXml(
      questions.map((q) => q.definition),
      { lang },
    );
    return { filename: `${bank.name.replace(/[^\p{L}\p{N}_-]+/gu, '_')}.xml`, xml };
  }

  private async lockOwnQuestion(em: EntityManager, actor: Actor, id: string): Promise<Question> {
    const question = await em.getRepository(Question).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!question) throw new DomainError('question-not-found', 'Question not found');
    const bank = await em.getRepository(QuestionBank).findOneByOrFail({ id: question.bankId });
    this.policy.assertAuthor(actor, bank.ownerId);
    return question;
  }

  private async questionCounts(bankIds: string[]): Promise<Map<string, number>> {
    if (bankIds.length === 0) return new Map();
    const rows: { bank_id: string; count: number }[] = await this.dataSource.query(
      `SELECT bank_id, count(*)::int AS count FROM question WHERE bank_id = ANY($1::uuid[]) GROUP BY bank_id`,
      [bankIds],
    );
    return new Map(rows.map((r) => [r.bank_id, r.count]));
  }
}

function validOrThrow(body: unknown): QuestionDefinition {
  const check = checkQuestion(body);
  if (check.errors) throw new ValidationProblem(check.errors);
  return check.question;
}

function withoutNulls(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

function toRow(bankId: string, question: QuestionDefinition): Partial<Question> {
  return { bankId, type: question.type, name: question.name ?? null, definition: question, tags: question.tags ?? [] };
}

const positionOrder = (p: ImportPosition) => ('line' in p ? p.line : p.index);
