import { Module } from '@nestjs/common';
import { CertificatesController } from './certificates.controller';
import { CertificatesModule } from './certificates.module';
import { IssuerController } from './issuer.controller';
import { VerificationController } from './verification.controller';

/** The certificate routes (API process only: the verification page needs the rate limiter the API configures). */
@Module({
  imports: [CertificatesModule],
  controllers: [CertificatesController, VerificationController, IssuerController],
})
export class CertificatesHttpModule {}
