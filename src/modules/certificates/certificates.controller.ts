import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags, ApiBody, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '../../common/errors/domain-error';
import type { FileStorage } from '../../common/storage/file-storage';
import { FILE_STORAGE } from '../../common/storage/storage.module';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Actor } from '../access/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { CertificatesService } from './certificates.service';
import { issueSignedCredential, VC_JWT_MEDIA_TYPE } from './credential/credential-signer';
import type { SigningKey } from './credential/signing-key';
import { SIGNING_KEY } from './credential/signing-key.provider';
import { CertificateListQuery, RevokeCertificateDto } from './dto/certificate.dto';
import { CertificatePageView, CertificateView, certificateView } from './dto/certificate.view';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificates')
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List certificates', description: 'Officers: their own; institution admins: their institution\'s; trainers: those of courses they author; admins: all. Paginated.' })
  @ApiOkResponse({ type: CertificatePageView, description: 'Officers: their own; institution admins: their institution’s; trainers: their courses’; admins: all' })
  async list(@CurrentActor() actor: Actor, @Query() query: CertificateListQuery) {
    const page = await this.certificates.list(actor, query);
    return { ...page, items: page.items.map((c) => certificateView(c, this.certificates.verifyUrl(c.verificationCode))) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a certificate', description: 'The holder, their institution admin, the course\'s author, admins. 404 `certificate-not-found` otherwise.' })
  @ApiOkResponse({ type: CertificateView })
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    const c = await this.certificates.get(actor, id);
    return certificateView(c, this.certificates.verifyUrl(c.verificationCode));
  }

  @Get(':id/pdf')
  @ApiOperation({ summary: 'Download a certificate\'s PDF', description: 'As GET /certificates/:id. The worker renders the PDF after issue: 409 `pdf-not-ready` with Retry-After until then; 409 `certificate-revoked`. 404 `certificate-not-found`.' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF' })
  @ApiConflictResponse({ description: 'Not rendered yet: retry after the Retry-After seconds' })
  async pdf(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const c = await this.certificates.get(actor, id);
    const pdf = c.pdfKey ? await this.storage.get(c.pdfKey) : null;
    if (!pdf) throw new DomainError('pdf-not-ready', 'The PDF is being prepared; try again in a moment', { retryAfterSeconds: 2 });
    res.type('application/pdf').attachment(`${c.number}.pdf`).send(pdf);
  }

  @Get(':id/credential')
  @ApiOperation({ summary: 'Get the signed Open Badges credential', description: 'As GET /certificates/:id. The Open Badges 3.0 credential signed as VC-JOSE (`application/vc+jwt`); with Accept: application/json, `{format, jwt, credential}`. 409 `certificate-revoked`; 404 `certificate-not-found`.' })
  @ApiProduces(VC_JWT_MEDIA_TYPE, 'application/json')
  @ApiOkResponse({ description: 'The Open Badges 3.0 credential signed as VC-JOSE (compact JWS, application/vc+jwt); with Accept: application/json, {format, jwt, credential}' })
  async credential(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Headers('accept') accept: string | undefined, @Res() res: Response) {
    const c = await this.certificates.get(actor, id);
    const { credential, jws } = await issueSignedCredential(
      {
        certificateId: c.id,
        number: c.number,
        holderName: c.holderName,
        courseId: c.courseId,
        courseTitle: c.courseTitle,
        competencies: c.competencies,
        issuedAt: c.issuedAt,
        expiresAt: c.expiresAt,
        verifyUrl: this.certificates.verifyUrl(c.verificationCode),
        publicBaseUrl: this.config.publicBaseUrl,
      },
      this.key,
    );
    if (/application\/json/.test(accept ?? '')) res.json({ format: 'vc+jwt', jwt: jws, credential });
    else res.type(VC_JWT_MEDIA_TYPE).send(jws);
  }

  @Post(':id/revoke')
  @ApiOperation({ summary: 'Revoke a certificate', description: 'Admins only, with a reason. The verification page then shows it revoked; the PDF and credential are no longer served. 404 `certificate-not-found`; 409 `certificate-revoked` when revoked already. Audited.' })
  @ApiBody({ type: RevokeCertificateDto, examples: { revoke: { value: { reason: 'Issued by mistake: the attempt was regraded below the pass mark' } } } })
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CertificateView, description: 'Revoked, with the reason; the verification page shows it' })
  async revoke(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RevokeCertificateDto) {
    const c = await this.certificates.revoke(actor, id, dto.reason);
    return certificateView(c, this.certificates.verifyUrl(c.verificationCode));
  }
}
