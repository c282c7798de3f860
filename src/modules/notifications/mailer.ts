import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Outgoing mail over SMTP_URL through nodemailer, with a small pool of connections
 * (a reminder run may send thousands) and bounded waits, so a mail server that hangs
 * fails the job, which is retried, rather than holding it forever.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.mail) {
      this.transport = createTransport({
        url: config.mail.smtpUrl,
        pool: true,
        maxConnections: 5,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
      });
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport || !this.config.mail) throw new Error('SMTP_URL is not set: no mail can be sent');
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}

/** The mail server refused the message for good (a 5xx reply, e.g. an unknown recipient): sending it again would not help. */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
