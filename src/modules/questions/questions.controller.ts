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
  @ApiCreatedResponse({ type: QuestionBankView })
  async createBank(@CurrentActor() actor: Actor, @Body() dto: CreateQuestionBankDto): Promise<QuestionBankView> {
    const bank = await this.questions.createBank(actor, dto);
    return { id: bank.id, name: bank.name, ownerId: bank.ownerId, questionCount: 0, createdAt: bank.createdAt };
  }

  @Get('question-banks')
  @ApiOkResponse({ description: 'Every bank; trainers may draw from any of them', type: QuestionBankPageView })
  async listBanks(@Query() query: PageQuery): Promise<QuestionBankPageView> {
    const page = await this.questions.listBanks(query);
    return { ...page, items: page.items.map(bankView) };
  }

  @Get('question-banks/:id')
  @ApiOkResponse({ type: QuestionBankView })
  async getBank(@Param('id', ParseUUIDPipe) id: string): Promise<QuestionBankView> {
    return bankView(await this.questions.getBank(id));
  }

  @Patch('question-banks/:id')
  @ApiOkResponse({ type: QuestionBankView })
  async renameBank(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateQuestionBankDto) {
    return bankView(await this.questions.renameBank(actor, id, dto));
  }

  @Post('question-banks/:id/questions')
  @ApiBody(QUESTION_BODY)
  @ApiCreatedResponse({ description: 'The question with its id and version', type: QuestionView })
  async addQuestion(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<QuestionView> {
    return questionView(await this.questions.addQuestion(actor, id, body));
  }

  @Get('question-banks/:id/questions')
  @ApiOkResponse({ description: 'Questions of the bank, filtered by tag and type', type: QuestionPageView })
  async listQuestions(@Param('id', ParseUUIDPipe) id: string, @Query() query: QuestionListQuery): Promise<QuestionPageView> {
    const page = await this.questions.listQuestions(id, query);
    return { ...page, items: page.items.map(questionView) };
  }

  @Post('question-banks/:id/import')
  @ApiConsumes('text/plain', 'application/xml')
  @ApiBody({ description: 'The GIFT or Moodle XML file as the raw body', schema: { type: 'string' } })
  @ApiCreatedResponse({ type: ImportResultView })
  async import(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: ImportQuery, @Req() req: Request): Promise<ImportResultView> {
    if (typeof req.body !== 'string') {
      throw new DomainError('unsupported-media-type', 'Send the file as the raw body (text/plain or application/xml)');
    }
    return this.questions.import(actor, id, query.format, query.lang, req.body);
  }

  @Get('question-banks/:id/export')
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'The bank as a Moodle XML file' })
  async export(@Param('id', ParseUUIDPipe) id: string, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const { filename, xml } = await this.questions.exportMoodleXml(id, query.lang);
    res.type('application/xml').attachment(filename).send(xml);
  }

  @Get('questions/:id')
  @ApiOkResponse({ description: 'The question with its answer key', type: QuestionView })
  async getQuestion(@Param('id', ParseUUIDPipe) id: string): Promise<QuestionView> {
    return questionView(await this.questions.getQuestion(id));
  }

  @Patch('questions/:id')
  @ApiBody({ description: 'Fields to change; the whole question is checked again', schema: { type: 'object' } })
  @ApiOkResponse({ description: 'The question, its version increased', type: QuestionView })
  async updateQuestion(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown): Promise<QuestionView> {
    return questionView(await this.questions.updateQuestion(actor, id, body));
  }

  @Delete('questions/:id')
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
