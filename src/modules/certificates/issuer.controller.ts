import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Public } from '../auth/auth.decorators';
import { issuerJwks, issuerProfile } from './credential/credential-signer';
import type { SigningKey } from './credential/signing-key';
import { SIGNING_KEY } from './credential/signing-key.provider';

/** The issuer's public profile and key at stable URLs (outside /api/v1), so anyone can verify a credential offline. */
@ApiTags('public')
@Public()
@Controller()
export class IssuerController {
  constructor(
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('issuer')
  @ApiOperation({ summary: 'The issuer profile', description: 'Anyone. The Open Badges issuer Profile with its public key, for verifying credentials offline.' })
  @ApiOkResponse({ description: 'The Open Badges issuer Profile with its public key (JsonWebKey verification method)' })
  profile() {
    return issuerProfile(this.config.publicBaseUrl, this.key.publicJwk);
  }

  @Get('.well-known/jwks.json')
  @ApiOperation({ summary: 'The issuer\'s public keys', description: 'Anyone. The keys that sign the credentials, as a JWKS.' })
  @ApiOkResponse({ description: 'The issuer’s public keys as a JWKS' })
  jwks() {
    return issuerJwks(this.key.publicJwk);
  }
}
