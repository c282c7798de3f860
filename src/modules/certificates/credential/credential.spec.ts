import { ed25519 } from '@noble/curves/ed25519.js';
import { transformFileSync } from '@swc/core';
import { execFile } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  issueSignedCredential,
  issuerJwks,
  issuerProfile,
  signCredential,
  verifyCredentialJws,
  VC_JWT_TYP,
} from './credential-signer';
import { buildOpenBadgeCredential, OB_V3_CONTEXT, OpenBadgeInput, VC_V2_CONTEXT } from './open-badge';
import {
  jwkThumbprint,
  loadSigningKey,
  parseSigningKey,
  SIGNING_KEY_FILE,
  SigningKey,
  signingKeyFromPrivateKey,
} from './signing-key';

// RFC 8037 Appendix A.1–A.3: an Ed25519 key and its RFC 7638 thumbprint.
const RFC8037_JWK = {
  kty: 'OKP',
  crv: 'Ed25519',
  d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
  x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
};
const RFC8037_THUMBPRINT = 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k';
const RFC8037_PEM = createPrivateKey({ key: RFC8037_JWK, format: 'jwk' })
  .export({ format: 'pem', type: 'pkcs8' })
  .toString();

const BASE = 'https://mosty.example.pl';

function input(overrides: Partial<OpenBadgeInput> = {}): OpenBadgeInput {
  return {
    certificateId: '0b6f1c2e-4a5d-4c3b-9e8f-1a2b3c4d5e6f',
    number: 'MOS-2026-000123',
    holderName: 'Łukasz Żółć',
    courseId: '7d1e2f3a-0000-4000-8000-000000000001',
    courseTitle: { pl: 'Komunikacja międzykulturowa w pracy policji', en: 'Intercultural communication in policing' },
    courseDescription: { pl: 'Podstawy komunikacji z cudzoziemcami.' },
    competencies: ['komunikacja', 'prawa człowieka', 'komunikacja'],
    issuedAt: new Date('2026-03-01T09:30:00.000Z'),
    expiresAt: new Date('2028-03-01T09:30:00.000Z'),
    verifyUrl: `${BASE}/verify/Zq3kV9xY2bP7mN4tR8wA1c`,
    publicBaseUrl: BASE,
    ...overrides,
  };
}

const b64urlJson = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const fromB64urlJson = <T = any>(part: string): T => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** Independent check (not jose, not our code): Ed25519 over `header.payload` with @noble/curves. */
function nobleVerify(jws: string, x: string): boolean {
  const [header, payload, signature] = jws.split('.');
  try {
    return ed25519.verify(
      Buffer.from(signature, 'base64url'),
      new TextEncoder().encode(`${header}.${payload}`),
      Buffer.from(x, 'base64url'),
    );
  } catch {
    return false;
  }
}

/** Re-encodes the payload after a change, keeping the original header and signature. */
function tamper(jws: string, change: (payload: any) => void): string {
  const [header, payload, signature] = jws.split('.');
  const decoded = fromB64urlJson(payload);
  change(decoded);
  return `${header}.${b64urlJson(decoded)}.${signature}`;
}

function freshKey(): SigningKey {
  return { ...signingKeyFromPrivateKey(generateKeyPairSync('ed25519').privateKey), source: 'env' };
}

describe('signed Open Badges 3.0 credential (VC-JOSE)', () => {
  let key: SigningKey;
  let jws: string;

  beforeAll(async () => {
    key = await loadSigningKey({ signingKey: RFC8037_PEM, storageDir: '/nonexistent-not-used' });
    jws = (await issueSignedCredential(input(), key)).jws;
  });

  it('verifies with @noble/curves using the key from the issuer profile', () => {
    const profile = issuerProfile(BASE, key.publicJwk);
    const [method] = profile.verificationMethod;
    const kidInHeader = fromB64urlJson(jws.split('.')[0]).kid;
    expect(method.id).toBe(kidInHeader);
    expect(profile.assertionMethod).toEqual([method.id]);
    expect(method.publicKeyJwk).not.toHaveProperty('d');
    expect(nobleVerify(jws, method.publicKeyJwk.x)).toBe(true);
  });

  it('has the VC-JOSE-COSE protected header', () => {
    const parts = jws.split('.');
    expect(parts).toHaveLength(3);
    expect(fromB64urlJson(parts[0])).toEqual({
      alg: 'EdDSA',
      typ: 'vc+jwt',
      cty: 'vc',
      kid: `${BASE}/issuer#${RFC8037_THUMBPRINT}`,
    });
    expect(VC_JWT_TYP).toBe('vc+jwt');
  });

  it('carries the credential itself as the payload', () => {
    const payload = fromB64urlJson(jws.split('.')[1]);
    expect(payload).toEqual(buildOpenBadgeCredential(input()));
    expect(payload).not.toHaveProperty('vc');
    expect(payload['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.id).toBe('urn:uuid:0b6f1c2e-4a5d-4c3b-9e8f-1a2b3c4d5e6f');
    expect(payload.issuer).toEqual({ id: `${BASE}/issuer`, type: ['Profile'], name: 'Mosty — Kraków', url: BASE });
    expect(payload.validFrom).toBe('2026-03-01T09:30:00.000Z');
    expect(payload.validUntil).toBe('2028-03-01T09:30:00.000Z');
    expect(payload.name).toBe('Komunikacja międzykulturowa w pracy policji');
    expect(payload.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(payload.credentialSubject.name).toBe('Łukasz Żółć');
    expect(payload.credentialSubject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Łukasz Żółć' },
    ]);
    expect(payload.credentialSubject.achievement).toEqual({
      id: `${BASE}/achievements/7d1e2f3a-0000-4000-8000-000000000001`,
      type: ['Achievement'],
      name: 'Komunikacja międzykulturowa w pracy policji',
      description: 'Podstawy komunikacji z cudzoziemcami.',
      criteria: { narrative: expect.stringContaining('Komunikacja międzykulturowa w pracy policji') },
      inLanguage: 'pl',
      tags: ['komunikacja', 'prawa człowieka'],
    });
    expect(payload.evidence).toEqual([
      expect.objectContaining({ id: `${BASE}/verify/Zq3kV9xY2bP7mN4tR8wA1c`, type: ['Evidence'] }),
    ]);
    expect(payload.description).toContain('MOS-2026-000123');
    expect(payload.description).toContain('Intercultural communication in policing');
    expect(payload).not.toHaveProperty('credentialStatus');
  });

  it('keeps the Polish letters as UTF-8 in the signed bytes', () => {
    const bytes = Buffer.from(jws.split('.')[1], 'base64url');
    expect(bytes.includes(Buffer.from('Łukasz Żółć', 'utf8'))).toBe(true);
  });

  it('rejects a changed holder name', async () => {
    const forged = tamper(jws, (p) => (p.credentialSubject.name = 'Jan Kowalski'));
    expect(nobleVerify(forged, key.publicJwk.x)).toBe(false);
    await expect(verifyCredentialJws(forged, key.publicJwk)).rejects.toThrow('signature');
  });

  it('rejects a changed validUntil', async () => {
    const forged = tamper(jws, (p) => (p.validUntil = '2099-03-01T09:30:00.000Z'));
    expect(nobleVerify(forged, key.publicJwk.x)).toBe(false);
    const removed = tamper(jws, (p) => delete p.validUntil);
    expect(nobleVerify(removed, key.publicJwk.x)).toBe(false);
    await expect(verifyCredentialJws(forged, key.publicJwk)).rejects.toThrow('signature');
  });

  it('rejects a changed header', () => {
    const [, payload, signature] = jws.split('.');
    const header = fromB64urlJson(jws.split('.')[0]);
    expect(nobleVerify(`${b64urlJson({ ...header, kid: 'x' })}.${payload}.${signature}`, key.publicJwk.x)).toBe(false);
  });

  it('rejects a credential signed by another key', async () => {
    const other = freshKey();
    const otherJws = await signCredential(buildOpenBadgeCredential(input()), other);
    expect(nobleVerify(otherJws, other.publicJwk.x)).toBe(true); // valid for its own key…
    expect(nobleVerify(otherJws, key.publicJwk.x)).toBe(false); // …not for the issuer's
    // Same header claims our kid? Still invalid.
    const [, payload, signature] = otherJws.split('.');
    const withOurKid = `${jws.split('.')[0]}.${payload}.${signature}`;
    expect(nobleVerify(withOurKid, key.publicJwk.x)).toBe(false);
    await expect(verifyCredentialJws(otherJws, key.publicJwk)).rejects.toThrow();
  });

  it('verifyCredentialJws returns the credential for a genuine JWS', async () => {
    const credential = await verifyCredentialJws(jws, key.publicJwk);
    expect(credential.credentialSubject.name).toBe('Łukasz Żółć');
  });

  it('serves the key as a JWKS and an issuer profile', () => {
    expect(issuerJwks(key.publicJwk)).toEqual({
      keys: [{ kty: 'OKP', crv: 'Ed25519', x: RFC8037_JWK.x, kid: RFC8037_THUMBPRINT, alg: 'EdDSA', use: 'sig' }],
    });
    const profile = issuerProfile(`${BASE}/`, key.publicJwk);
    expect(profile.id).toBe(`${BASE}/issuer`);
    expect(profile.type).toEqual(['Profile']);
    expect(profile['@context']).toContain(VC_V2_CONTEXT);
    expect(profile['@context']).toContain(OB_V3_CONTEXT);
    expect(profile.verificationMethod[0]).toMatchObject({
      id: `${BASE}/issuer#${RFC8037_THUMBPRINT}`,
      type: 'JsonWebKey',
      controller: `${BASE}/issuer`,
    });
    // A JWK that carries a private member by mistake does not leak it.
    const leaky = { ...key.publicJwk, d: RFC8037_JWK.d } as typeof key.publicJwk;
    expect(JSON.stringify(issuerJwks(leaky))).not.toContain(RFC8037_JWK.d);
    expect(JSON.stringify(issuerProfile(BASE, leaky))).not.toContain(RFC8037_JWK.d);
  });
});

describe('buildOpenBadgeCredential', () => {
  it('omits validUntil when the certificate never expires', () => {
    const credential = buildOpenBadgeCredential(input({ expiresAt: null }));
    expect(credential).not.toHaveProperty('validUntil');
    expect(credential.validFrom).toBe('2026-03-01T09:30:00.000Z');
  });

  it('accepts ISO strings, a trailing slash in the base URL, and no description or tags', () => {
    const credential = buildOpenBadgeCredential(
      input({
        issuedAt: '2026-03-01T09:30:00Z',
        expiresAt: '2027-03-01T09:30:00Z',
        publicBaseUrl: `${BASE}/`,
        courseDescription: undefined,
        courseTitle: { pl: 'Prawa cudzoziemców' },
        competencies: [],
      }),
    );
    expect(credential.issuer.id).toBe(`${BASE}/issuer`);
    expect(credential.validUntil).toBe('2027-03-01T09:30:00.000Z');
    expect(credential.credentialSubject.achievement.description).toContain('Prawa cudzoziemców');
    expect(credential.credentialSubject.achievement).not.toHaveProperty('tags');
    expect(credential.description).not.toContain('English');
  });

  it.each([
    ['certificateId', { certificateId: 'MOS-2026-000123' }],
    ['holderName', { holderName: '   ' }],
    ['courseTitle.pl', { courseTitle: { pl: '' } }],
    ['verifyUrl', { verifyUrl: '/verify/abc' }],
    ['publicBaseUrl', { publicBaseUrl: 'ftp://mosty.example.pl' }],
    ['issuedAt', { issuedAt: 'yesterday' }],
    ['expiresAt', { expiresAt: new Date('2026-01-01T00:00:00Z') }],
  ])('rejects a bad %s', (field, overrides) => {
    expect(() => buildOpenBadgeCredential(input(overrides as Partial<OpenBadgeInput>))).toThrow(field);
  });
});

describe('signing key', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mosty-key-'));
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('uses SIGNING_KEY when given as PEM, and its kid is the RFC 7638 thumbprint', async () => {
    const key = await loadSigningKey({ signingKey: RFC8037_PEM, storageDir: dir });
    expect(key.source).toBe('env');
    expect(key.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: RFC8037_JWK.x, kid: RFC8037_THUMBPRINT, alg: 'EdDSA', use: 'sig' });
    expect(key.kid).toBe(RFC8037_THUMBPRINT);
    expect(jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: RFC8037_JWK.x })).toBe(RFC8037_THUMBPRINT);
    expect(await readdir(dir)).toEqual([]); // nothing generated
  });

  it('accepts the same key as one-line PEM, base64 of the PEM and base64 of the DER', () => {
    const der = createPrivateKey(RFC8037_PEM).export({ format: 'der', type: 'pkcs8' });
    const variants = [
      RFC8037_PEM.replace(/\n/g, '\\n'),
      Buffer.from(RFC8037_PEM).toString('base64'),
      der.toString('base64'),
      der.toString('base64url'),
    ];
    for (const value of variants) {
      expect(signingKeyFromPrivateKey(parseSigningKey(value)).kid).toBe(RFC8037_THUMBPRINT);
    }
  });

  it.each([
    ['garbage', 'not a key at all!'],
    ['base64 of nothing useful', Buffer.from('hello world, this is not DER').toString('base64')],
    ['a truncated PEM', RFC8037_PEM.slice(0, 60)],
    ['an RSA key', generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()],
    ['a public key', generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString()],
    ['empty', '  '],
  ])('rejects %s with an error naming SIGNING_KEY and not echoing it', async (_label, value) => {
    const attempt = loadSigningKey({ signingKey: value, storageDir: dir });
    await expect(attempt).rejects.toThrow(/^SIGNING_KEY /);
    const message = await attempt.catch((error: Error) => error.message);
    if (value.trim().length > 12) expect(message).not.toContain(value.trim().slice(0, 40));
  });

  it('generates a key file once, mode 0600, in a directory it creates', async () => {
    const storageDir = join(dir, 'nested', 'storage');
    const first = await loadSigningKey({ storageDir });
    expect(first.source).toBe('generated');
    const path = join(storageDir, SIGNING_KEY_FILE);
    expect(first.path).toBe(path);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readFile(path, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+-----END PRIVATE KEY-----\n$/);

    const second = await loadSigningKey({ storageDir });
    expect(second.source).toBe('file');
    expect(second.kid).toBe(first.kid);
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect(await readdir(storageDir)).toEqual([SIGNING_KEY_FILE]);

    // What the file key signs, the file key's public JWK verifies.
    const { jws } = await issueSignedCredential(input(), second);
    expect(nobleVerify(jws, first.publicJwk.x)).toBe(true);
  });

  it('lets concurrent first loads agree on one key and leaves no temporary files', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadSigningKey({ storageDir: dir })));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    expect(keys.filter((k) => k.source === 'generated')).toHaveLength(1);
    expect(await readdir(dir)).toEqual([SIGNING_KEY_FILE]);
    const onDisk = await loadSigningKey({ storageDir: dir });
    expect(onDisk.kid).toBe(keys[0].kid);
  });

  it('lets separate processes starting at once agree on one key', async () => {
    // Compile signing-key.ts (node built-ins only) with the project's own swc, and race 4 node processes on one directory.
    const compiled = transformFileSync(join(__dirname, 'signing-key.ts'), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code;
    const modulePath = join(dir, 'signing-key.js');
    await writeFile(modulePath, compiled);
    const storageDir = join(dir, 'storage');
    const startAt = Date.now() + 400;
    const script = `
      const { loadSigningKey } = require(${JSON.stringify(modulePath)});
      while (Date.now() < ${startAt}) {}
      loadSigningKey({ storageDir: ${JSON.stringify(storageDir)} })
        .then((k) => process.stdout.write(JSON.stringify({ kid: k.kid, source: k.source })));
    `;
    const run = () =>
      new Promise<{ kid: string; source: string }>((resolve, reject) =>
        execFile(process.execPath, ['-e', script], (error, stdout, stderr) =>
          error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout)),
        ),
      );
    const results = await Promise.all([run(), run(), run(), run()]);
    expect(new Set(results.map((r) => r.kid)).size).toBe(1);
    expect(results.filter((r) => r.source === 'generated')).toHaveLength(1);
    expect(await readdir(storageDir)).toEqual([SIGNING_KEY_FILE]);
    expect((await loadSigningKey({ storageDir })).kid).toBe(results[0].kid);
  });

  it('falls back to an exclusive create where hard links are not supported, and still agrees', async () => {
    // The module object itself (an `import * as` namespace would be a copy under swc's interop).
    const fsPromises: typeof import('node:fs/promises') = jest.requireActual('node:fs/promises');
    const link = jest
      .spyOn(fsPromises, 'link')
      .mockRejectedValue(Object.assign(new Error('no links'), { code: 'EPERM' }));
    const keys = await Promise.all(Array.from({ length: 4 }, () => loadSigningKey({ storageDir: dir })));
    expect(link).toHaveBeenCalled();
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    expect(keys.filter((k) => k.source === 'generated')).toHaveLength(1);
    expect(await readdir(dir)).toEqual([SIGNING_KEY_FILE]);
    expect((await stat(join(dir, SIGNING_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('waits for a key file that another process is still writing', async () => {
    const path = join(dir, SIGNING_KEY_FILE);
    await writeFile(path, '', { mode: 0o600 });
    setTimeout(() => void writeFile(path, RFC8037_PEM), 120);
    const key = await loadSigningKey({ storageDir: dir });
    expect(key.kid).toBe(RFC8037_THUMBPRINT);
    expect(key.source).toBe('file');
  });

  it('refuses a corrupt key file with an error naming the file, and does not replace it', async () => {
    const path = join(dir, SIGNING_KEY_FILE);
    await writeFile(path, '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n', { mode: 0o600 });
    await expect(loadSigningKey({ storageDir: dir })).rejects.toThrow(path);
    expect(await readFile(path, 'utf8')).toContain('AAAA');
  });

  it('prefers SIGNING_KEY over an existing key file', async () => {
    const generated = await loadSigningKey({ storageDir: dir });
    const fromEnv = await loadSigningKey({ signingKey: RFC8037_PEM, storageDir: dir });
    expect(fromEnv.kid).toBe(RFC8037_THUMBPRINT);
    expect(fromEnv.kid).not.toBe(generated.kid);
  });
});
