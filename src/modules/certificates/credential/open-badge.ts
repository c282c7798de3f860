/**
 * A certificate as an Open Badges 3.0 credential (an OpenBadgeCredential, which
 * is a W3C Verifiable Credential in the VC Data Model 2.0).
 *
 * Pure: no I/O, no clock (dates come from the certificate), nothing fetched.
 * The contexts are named, never loaded: the credential is secured with JOSE
 * (see credential-signer.ts), which signs the JSON bytes and needs no JSON-LD
 * processing.
 *
 * Revocation: there is no `credentialStatus`. The platform does not publish a
 * status list; a verifier learns whether a certificate is valid, expired or
 * revoked at its public verification page, which the credential links as its
 * `evidence` (and which a person reaches through the QR code on the PDF). A
 * valid signature proves only who issued what, not that it still stands.
 */

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_V3_CREDENTIAL_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
export const ISSUER_NAME = 'Mosty — Kraków';

/** Translatable text as courses store it: Polish always, other locales when written. */
export interface LocalizedText {
  pl: string;
  en?: string;
  [locale: string]: string | undefined;
}

export interface OpenBadgeInput {
  /** The certificate's UUID: the credential's id is `urn:uuid:<certificateId>`. */
  certificateId: string;
  /** The human number, e.g. MOS-2026-000123. */
  number: string;
  holderName: string;
  courseId: string;
  courseTitle: LocalizedText;
  courseDescription?: LocalizedText | null;
  /** Competency tags of the course (its questions' tags), shown as the achievement's tags. */
  competencies: string[];
  issuedAt: Date | string;
  /** null: the certificate never expires. */
  expiresAt: Date | string | null;
  /** The public verification page, `${publicBaseUrl}/verify/<code>`. */
  verifyUrl: string;
  /** PUBLIC_BASE_URL, e.g. https://mosty.krakow.pl (a trailing slash is ignored). */
  publicBaseUrl: string;
}

export interface IssuerProfileRef {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
}

export interface IdentityObject {
  type: 'IdentityObject';
  identityType: 'name';
  hashed: false;
  identityHash: string;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  name: string;
  description: string;
  criteria: { narrative: string };
  inLanguage: 'pl';
  tags?: string[];
}

export interface AchievementSubject {
  type: ['AchievementSubject'];
  /** The holder's name as the certificate shows it. */
  name: string;
  /** OB 3.0 wants an `id` or an `identifier` for the subject: the holder has no DID, so the name is given as an IdentityObject too. */
  identifier: [IdentityObject];
  achievement: Achievement;
}

export interface Evidence {
  id: string;
  type: ['Evidence'];
  name: string;
  description: string;
}

export interface OpenBadgeCredential {
  '@context': [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: IssuerProfileRef;
  validFrom: string;
  validUntil?: string;
  awardedDate: string;
  name: string;
  description: string;
  credentialSubject: AchievementSubject;
  evidence: [Evidence];
  credentialSchema: [{ id: typeof OB_V3_CREDENTIAL_SCHEMA; type: '1EdTechJsonSchemaValidator2019' }];
}

export class OpenBadgeInputError extends Error {
  override name = 'OpenBadgeInputError';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `${publicBaseUrl}/issuer`: the issuer Profile's id and the URL it is served at. */
export function issuerIdFor(publicBaseUrl: string): string {
  return `${normalizeBaseUrl(publicBaseUrl)}/issuer`;
}

/** `${publicBaseUrl}/achievements/<courseId>`. */
export function achievementIdFor(publicBaseUrl: string, courseId: string): string {
  return `${normalizeBaseUrl(publicBaseUrl)}/achievements/${encodeURIComponent(courseId)}`;
}

/** The issuer as the credential names it (the full Profile, with the key, is issuerProfile()). */
export function issuerRef(publicBaseUrl: string): IssuerProfileRef {
  const base = normalizeBaseUrl(publicBaseUrl);
  return { id: `${base}/issuer`, type: ['Profile'], name: ISSUER_NAME, url: base };
}

export function buildOpenBadgeCredential(input: OpenBadgeInput): OpenBadgeCredential {
  const base = normalizeBaseUrl(input.publicBaseUrl);
  if (!UUID.test(input.certificateId)) throw new OpenBadgeInputError('certificateId must be a UUID');
  const number = requireText(input.number, 'number');
  const holderName = requireText(input.holderName, 'holderName');
  const courseId = requireText(input.courseId, 'courseId');
  const title = requireText(input.courseTitle?.pl, 'courseTitle.pl');
  const titleEn = input.courseTitle.en?.trim();
  const verifyUrl = requireHttpUrl(input.verifyUrl, 'verifyUrl');
  const issuedAt = toDate(input.issuedAt, 'issuedAt');
  const expiresAt = input.expiresAt === null ? null : toDate(input.expiresAt, 'expiresAt');
  if (expiresAt && expiresAt.getTime() <= issuedAt.getTime()) {
    throw new OpenBadgeInputError('expiresAt must be after issuedAt');
  }
  const tags = [...new Set(input.competencies.map((tag) => tag.trim()).filter(Boolean))];
  const description =
    input.courseDescription?.pl?.trim() ||
    `Szkolenie „${title}” w programie Mosty: kompetencje międzykulturowe służb publicznych w Krakowie.`;

  const achievement: Achievement = {
    id: achievementIdFor(base, courseId),
    type: ['Achievement'],
    name: title,
    description,
    criteria: {
      narrative:
        `Ukończenie wszystkich modułów szkolenia „${title}” i zaliczenie jego testów ` +
        'zgodnie z zasadami zaliczenia kursu na platformie Mosty.',
    },
    inLanguage: 'pl',
    ...(tags.length > 0 ? { tags } : {}),
  };

  const validFrom = issuedAt.toISOString();
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${input.certificateId.toLowerCase()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: issuerRef(base),
    validFrom,
    ...(expiresAt ? { validUntil: expiresAt.toISOString() } : {}),
    awardedDate: validFrom,
    name: title,
    description:
      `Certyfikat nr ${number}: ukończenie szkolenia „${title}”` +
      (titleEn ? ` (English: “${titleEn}”)` : '') +
      '. Aktualny status certyfikatu (ważny, wygasły, unieważniony) podaje strona weryfikacji.',
    credentialSubject: {
      type: ['AchievementSubject'],
      name: holderName,
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: holderName }],
      achievement,
    },
    evidence: [
      {
        id: verifyUrl,
        type: ['Evidence'],
        name: `Weryfikacja certyfikatu ${number}`,
        description: 'Publiczna strona weryfikacji certyfikatu: posiadacz, szkolenie, daty i aktualny status.',
      },
    ],
    credentialSchema: [{ id: OB_V3_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
  };
}

export function normalizeBaseUrl(publicBaseUrl: string): string {
  return requireHttpUrl(publicBaseUrl, 'publicBaseUrl').replace(/\/+$/, '');
}

function requireHttpUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OpenBadgeInputError(`${field} must be an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new OpenBadgeInputError(`${field} must be an http(s) URL`);
  }
  return value;
}

function requireText(value: string | undefined, field: string): string {
  const text = value?.normalize('NFC').trim();
  if (!text) throw new OpenBadgeInputError(`${field} must not be empty`);
  return text;
}

function toDate(value: Date | string, field: string): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new OpenBadgeInputError(`${field} is not a valid date`);
  return date;
}
