import { Controller, Get, Headers, Param, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { CertificatesService } from './certificates.service';
import { publicVerification } from './dto/certificate.view';
import { unknownCertificatePage, verificationPage } from './verification-page';
import { DomainError } from '../../common/errors/domain-error';

const CODE = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * The public verification page a phone opens from the QR code (outside /api/v1).
 * It shows only name, course, dates, number and status; it is rate-limited per
 * address against enumeration (and 128-bit codes make guessing hopeless anyway).
 */
@ApiTags('public')
@Public()
@UseGuards(ThrottlerGuard)
@SkipThrottle({ 'per-address': true })
@Controller('verify')
export class VerificationController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get(':code')
  @ApiOperation({ summary: 'Verify a certificate', description: 'Anyone, without signing in (rate-limited: 429 `rate-limited`). By the code printed on the certificate: HTML for people, JSON with Accept: application/json — number, holder, course, dates, status (valid, expired, revoked). 404 `certificate-not-found` for an unknown code.' })
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse({ description: 'HTML for people; JSON {number, holderName, courseTitle, issuedAt, expiresAt, status} with Accept: application/json' })
  async verify(@Param('code') code: string, @Headers('accept') accept: string | undefined, @Res() res: Response): Promise<void> {
    const certificate = CODE.test(code) ? await this.certificates.byVerificationCode(code) : null;
    const wantsJson = /application\/(problem\+)?json/.test(accept ?? '') && !/text\/html/.test(accept ?? '');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Accept');
    if (!certificate) {
      if (wantsJson) throw new DomainError('certificate-not-found', 'No certificate has this verification code');
      res.status(404).type('html').send(unknownCertificatePage());
      return;
    }
    const view = publicVerification(certificate);
    if (wantsJson) res.json(view);
    else res.type('html').send(verificationPage(view));
  }
}
