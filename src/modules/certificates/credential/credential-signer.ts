import { compactVerify, CompactSign, importJWK, type JWK } from 'jose';
import {
  buildOpenBadgeCredential,
  ISSUER_NAME,
  issuerIdFor,
  normalizeBaseUrl,
  OB_V3_CONTEXT,
  VC_V2_CONTEXT,
  type OpenBadgeCredential,
  type OpenBadgeInput,
} from './open-badge';
import type { Ed25519PublicJwk, SigningKey } from './signing-key';

/**
 * Secures an OpenBadgeCredential as a compact JWS, the JOSE form of W3C
 * "Securing Verifiable Credentials using JOSE and COSE" (VC-JOSE-COSE,
 * Recommendation of 15 May 2025, https://www.w3.org/TR/vc-jose-cose/):
 * the credential itself is the JWS payload (no `vc` claim: §3.1.3 forbids it),
 * and the protected header is
 *
 *   { alg: "EdDSA", typ: "vc+jwt", cty: "vc", kid: "<issuer id>#<JWK thumbprint>" }
 *
 * `typ`: §3.1.1 "The typ header parameter SHOULD be vc+jwt. When present, the
 * cty header parameter SHOULD be vc." (media type application/vc+jwt, §6.1.1).
 * Drafts used `vc+ld+json+jwt` and then `vc-ld+jwt`; w3c/vc-jose-cose PR #306
 * (2024) renamed them to `vc+jwt`, which the Recommendation kept.
 *
 * `alg`: "EdDSA" (RFC 8037), which every JOSE library verifies. RFC 9864 (2025)
 * adds the fully specified "Ed25519"; switch when verifiers have caught up.
 *
 * Key discovery: `kid` is the id of a verification method in the issuer
 * Profile served at `${publicBaseUrl}/issuer` (issuerProfile() below); the same
 * key is in the JWKS for `/.well-known/jwks.json` (issuerJwks()), where `kid`
 * after the `#` matches the JWK's own `kid`. Nothing is fetched at run time.
 */

export const VC_JWT_TYP = 'vc+jwt';
export const VC_JWT_CTY = 'vc';
export const VC_JWT_MEDIA_TYPE = 'application/vc+jwt';
export const CONTROLLED_IDENTIFIER_CONTEXT = 'https://www.w3.org/ns/cid/v1';

export interface VcJwtHeader {
  alg: 'EdDSA';
  typ: typeof VC_JWT_TYP;
  cty: typeof VC_JWT_CTY;
  kid: string;
}

export interface SignedCredential {
  credential: OpenBadgeCredential;
  /** Compact JWS (header.payload.signature), media type application/vc+jwt. */
  jws: string;
}

export class CredentialVerificationError extends Error {
  override name = 'CredentialVerificationError';
}

/** `${publicBaseUrl}/issuer#<kid>`: the verification method that `kid` in the JWS header names. */
export function verificationMethodId(publicBaseUrl: string, kid: string): string {
  return `${issuerIdFor(publicBaseUrl)}#${kid}`;
}

/** The protected header for a credential issued by `issuerId` (= `${publicBaseUrl}/issuer`). */
export function vcJwtHeader(issuerId: string, kid: string): VcJwtHeader {
  return { alg: 'EdDSA', typ: VC_JWT_TYP, cty: VC_JWT_CTY, kid: `${issuerId}#${kid}` };
}

/** Signs the credential as it is (the payload is its JSON, UTF-8). */
export async function signCredential(credential: OpenBadgeCredential, key: SigningKey): Promise<string> {
  const payload = new TextEncoder().encode(JSON.stringify(credential));
  return new CompactSign(payload)
    .setProtectedHeader({ ...vcJwtHeader(credential.issuer.id, key.kid) })
    .sign(key.privateKey);
}

/** Builds the certificate's OpenBadgeCredential and signs it. */
export async function issueSignedCredential(input: OpenBadgeInput, key: SigningKey): Promise<SignedCredential> {
  const credential = buildOpenBadgeCredential(input);
  return { credential, jws: await signCredential(credential, key) };
}

/**
 * Checks a credential JWS against the issuer's public key (the header's alg,
 * typ and kid, then the signature) and returns the credential. Does not judge
 * validity in time or revocation: that is the verification page's job.
 */
export async function verifyCredentialJws(jws: string, publicJwk: Ed25519PublicJwk): Promise<OpenBadgeCredential> {
  const key = await importJWK({ kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x } as JWK, 'EdDSA');
  let result: Awaited<ReturnType<typeof compactVerify>>;
  try {
    result = await compactVerify(jws, key, { algorithms: ['EdDSA'] });
  } catch (error) {
    throw new CredentialVerificationError(`signature check failed: ${(error as Error).message}`);
  }
  const header = result.protectedHeader;
  if (header.typ !== VC_JWT_TYP) throw new CredentialVerificationError(`typ is ${String(header.typ)}, not ${VC_JWT_TYP}`);
  const credential = JSON.parse(new TextDecoder().decode(result.payload)) as OpenBadgeCredential;
  if (header.kid !== `${credential.issuer?.id}#${publicJwk.kid}`) {
    throw new CredentialVerificationError('kid does not name this key of the credential’s issuer');
  }
  return credential;
}

export interface JsonWebKeyVerificationMethod {
  id: string;
  type: 'JsonWebKey';
  controller: string;
  publicKeyJwk: Ed25519PublicJwk;
}

export interface IssuerProfile {
  '@context': [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT, typeof CONTROLLED_IDENTIFIER_CONTEXT];
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
  verificationMethod: JsonWebKeyVerificationMethod[];
  assertionMethod: string[];
}

/**
 * The issuer Profile (Open Badges 3.0) to serve as JSON at `${publicBaseUrl}/issuer`,
 * the id every credential names as its issuer. It doubles as a controller
 * document (W3C Controlled Identifiers 1.0): the signing key is a `JsonWebKey`
 * verification method whose id is the JWS header's `kid`, listed under
 * `assertionMethod` (the relationship for issuing credentials).
 */
export function issuerProfile(publicBaseUrl: string, publicJwk: Ed25519PublicJwk): IssuerProfile {
  const base = normalizeBaseUrl(publicBaseUrl);
  const id = issuerIdFor(base);
  const methodId = `${id}#${publicJwk.kid}`;
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT, CONTROLLED_IDENTIFIER_CONTEXT],
    id,
    type: ['Profile'],
    name: ISSUER_NAME,
    url: base,
    verificationMethod: [{ id: methodId, type: 'JsonWebKey', controller: id, publicKeyJwk: publicJwkOnly(publicJwk) }],
    assertionMethod: [methodId],
  };
}

/** The JWK Set (RFC 7517 §5) to serve at `${publicBaseUrl}/.well-known/jwks.json`. */
export function issuerJwks(publicJwk: Ed25519PublicJwk): { keys: Ed25519PublicJwk[] } {
  return { keys: [publicJwkOnly(publicJwk)] };
}

/** Copies only the public members, so a private `d` can never leak through a caller's object. */
function publicJwkOnly(jwk: Ed25519PublicJwk): Ed25519PublicJwk {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid: jwk.kid, alg: jwk.alg, use: jwk.use };
}
