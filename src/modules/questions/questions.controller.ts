import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  getSchemaPath,
  ApiOperation,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PageQuery } from '../../common/http/pagination';
import { DomainError } from '../../common/errors/domain-error';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CreateQuestionBankDto, ExportQuery, ImportQuery, ImportResultView, QuestionBankPageView, QuestionBankView, QuestionListQuery } from './dto/question-bank.dto';
import { NumericAnswerView, QuestionPageView, QuestionView, ShortAnswerView } from './dto/question.view';
import { QUESTION_DTOS } from './dto/question.dto';
import { Question } from './question.entity';
import { QuestionsService } from './questions.service';

const QUESTION_BODY = {
  description: 'One of the nine question types; fields depend on `type`. Weights are fractions of the points (-1..1).',
  schema: { oneOf: Object.values(QUESTION_DTOS).map((dto) => ({ $ref: getSchemaPath(dto) })) },
  examples: {
    singleChoice: {
      summary: 'Single choice',
      value: {
        type: 'single_choice',
        prompt: { pl: 'Jak powitać osobę, której języka nie znasz?', en: 'How do you greet someone whose language you do not speak?' },
        points: 1,
        tags: ['komunikacja'],
        options: [
          { text: { pl: 'Spokojnie, z gestem zaproszenia' }, weight: 1 },
          { text: { pl: 'Głośniej i wolniej' }, weight: 0 },
        ],
      },
    },
    essay: { summary: 'Essay (graded by the author)', value: { type: 'essay', prompt: { pl: 'Opisz, jak poprosisz o tłumacza.' }, points: 5 } },
  },
};

/** A question for its authors: the definition with the answer key. Trainees never get this view. */
const questionView = (q: Question): QuestionView => ({ ...q.definition, id: q.id, bankId: q.bankId, version: q.version, createdAt: q.createdAt, updatedAt: q.updatedAt });

@ApiTags('question banks')
@ApiBearerAuth()
@ApiExtraModels(...Object.values(QUESTION_DTOS), ShortAnswerView, NumericAnswerView)
@Roles('trainer', 'admin')
@Controller()
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Post('question-banks')
  @ApiOperation({ summary: 'Create a question bank', description: 'Trainers and admins. The creator owns the bank; every trainer may read and draw from it.' })
  @ApiBody({ type: CreateQuestionBankDto, examples: { bank: { value: { name: 'Komunikacja z cudzoziemcami' } } } })
  @ApiCreatedResponse({ type: QuestionBankView })
  async createBank(@CurrentActor() actor: Actor, @Body() dto: CreateQuestionBankDto): Promise<QuestionBankView> {
    const bank = await this.questions.createBank(actor, dto);
    return { id: bank.id, name: bank.name, ownerId: bank.ownerId, questionCount: 0, createdAt: bank.createdAt };
  }

  @Get('question-banks')
  @ApiOperation({ summary: 'List question banks', description: 'Trainers and admins: every bank. Paginated.' })
  @ApiOkResponse({ description: 'Every bank; trainers may draw from any of them', type: QuestionBankPageView })
  async listBanks(@Query() query: PageQuery): Promise<QuestionBankPageView> {
    const page = await this.questions.listBanks(query);
    return { ...page, items: page.items.map(bankView) };
  }

  @Get('question-banks/:id')
  @ApiOperation({ summary: 'Get a question bank', description: 'Trainers and admins. 404 `question-bank-not-found`.' })
  @ApiOkResponse({ type: QuestionBankView })
  async getBank(@Param('id', ParseUUIDPipe) id: string): Promise<QuestionBankView> {
    return bankView(await this.questions.getBank(id));
  }

  @Patch('question-banks/:id')
  @ApiOperation({ summary: 'Rename a question bank', description: 'The bank\'s owner, or an admin (403 `not-author`). 404 `question-bank-not-found`.' })
  @ApiBody({ type: CreateQuestionBankDto, examples: { rename: { value: { name: 'Komunikacja z cudzoziemcami — poziom 2' } } } })
  @ApiOkResponse({ type: QuestionBankView })
  async renameBank(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateQuestionBankDto) {
    return bankView(await this.questions.renameBank(actor, id, dto));
  }

  @Post('question-banks/:id/questions')
  @ApiOperation({ summary: 'Add a question to a bank', description: 'The bank\'s owner, or an admin (403 `not-author`). One of nine types; the fields depend on `type` and are checked whole (400 `validation` with `errors`). 404 `question-bank-not-found`.' })
  @ApiBody(QUESTION_BODY)
  @ApiCreatedResponse({ description: 'The question with its id and version', type: QuestionView })
  async addQuestion(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<QuestionView> {
    return questionView(await this.questions.addQuestion(actor, id, body));
  }

  @Get('question-banks/:id/questions')
  @ApiOperation({ summary: 'List the questions of a bank', description: 'Trainers and admins, answer keys included (trainees never see this). Filters `tag`, `type`. 404 `question-bank-not-found`. Paginated.' })
  @ApiOkResponse({ description: 'Questions of the bank, filtered by tag and type', type: QuestionPageView })
  async listQuestions(@Param('id', ParseUUIDPipe) id: string, @Query() query: QuestionListQuery): Promise<QuestionPageView> {
    const page = await this.questions.listQuestions(id, query);
    return { ...page, items: page.items.map(questionView) };
  }

  @Post('question-banks/:id/import')
  @ApiOperation({ summary: 'Import questions (GIFT or Moodle XML)', description: 'The bank\'s owner, or an admin. `?format=gift|moodle-xml`, the file as the raw body. All or nothing: 400 `invalid-import-file` with the `position` of the first error; 413 `import-too-large`; 404 `question-bank-not-found`.' })
  @ApiConsumes('text/plain', 'application/xml')
  @ApiBody({ description: 'The GIFT or Moodle XML file as the raw body', schema: { type: 'string' }, examples: { gift: { summary: 'GIFT (text/plain, ?format=gift)', value: '::Powitanie:: Jak powitać osobę, której języka nie znasz? {=Spokojnie, z gestem zaproszenia ~Głośniej ~Nie witać}' } } })
  @ApiCreatedResponse({ type: ImportResultView })
  async import(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: ImportQuery, @Req() req: Request): Promise<ImportResultView> {
    if (typeof req.body !== 'string') {
      throw new DomainError('unsupported-media-type', 'Send the file as the raw body (text/plain or application/xml)');
    }
    return this.questions.import(actor, id, query.format, query.lang, req.body);
  }

  @Get('question-banks/:id/export')
  @ApiOperation({ summary: 'Export a bank as Moodle XML', description: 'Trainers and admins. `?format=moodle-xml`. 404 `question-bank-not-found`.' })
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'The bank as a Moodle XML file' })
  async export(@Param('id', ParseUUIDPipe) id: string, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const { filename, xml } = await this.questions.exportMoodleXml(id, query.lang);
    res.type('application/xml').attachment(filename).send(xml);
  }

  @Get('questions/:id')
  @ApiOperation({ summary: 'Get a question', description: 'Trainers and admins, with its answer key. 404 `question-not-found`.' })
  @ApiOkResponse({ description: 'The question with its answer key', type: QuestionView })
  async getQuestion(@Param('id', ParseUUIDPipe) id: string): Promise<QuestionView> {
    return questionView(await this.questions.getQuestion(id));
  }

  @Patch('questions/:id')
  @ApiOperation({ summary: 'Change a question', description: 'The bank\'s owner, or an admin (403 `not-author`). The changed question is checked whole and its version goes up; published course versions keep the copy they froze (correct those with an erratum). 404 `question-not-found`; 400 `validation`.' })
  @ApiBody({ description: 'Fields to change; the whole question is checked again', schema: { type: 'object' }, examples: { points: { summary: 'Worth two points', value: { points: 2 } } } })
  @ApiOkResponse({ description: 'The question, its version increased', type: QuestionView })
  async updateQuestion(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<QuestionView> {
    return questionView(await this.questions.updateQuestion(actor, id, body));
  }

  @Delete('questions/:id')
  @ApiOperation({ summary: 'Delete a question', description: 'The bank\'s owner, or an admin (403 `not-author`). 409 `question-in-use` while a draft quiz uses it; published versions keep their copy. 404 `question-not-found`.' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'A draft quiz still uses the question' })
  async deleteQuestion(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.questions.deleteQuestion(actor, id);
  }
}

function bankView(bank: QuestionBankView): QuestionBankView {
  return { id: bank.id, name: bank.name, ownerId: bank.ownerId, questionCount: bank.questionCount, createdAt: bank.createdAt };
}
