import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The Ed25519 key that signs certificate credentials.
 *
 * Where it comes from (decided here, documented for operators):
 * - `SIGNING_KEY` set: an Ed25519 private key in PKCS#8, given either as
 *   - the PEM text itself (`-----BEGIN PRIVATE KEY-----` …, as printed by
 *     `openssl genpkey -algorithm ed25519`); line breaks may be real newlines
 *     or the two characters `\n` (how many secret stores keep one-line values), or
 *   - the base64 (or base64url) of that PEM text, or of the PKCS#8 DER bytes
 *     (`openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`).
 *   Nothing else is accepted: not a raw 32-byte seed, not an encrypted PEM, not
 *   a public key, not another algorithm. A value that is none of these stops the
 *   process with an error that names SIGNING_KEY (and never echoes the value).
 * - `SIGNING_KEY` absent: the key in `<STORAGE_DIR>/signing-key.pem` (PKCS#8
 *   PEM); when that file does not exist, one key is generated and written there
 *   once, mode 0600. Two processes starting at once agree on one key: each
 *   writes its candidate to its own temporary file (exclusive create, `wx`) and
 *   publishes it with link(2), which fails with EEXIST when the other process
 *   was first; the loser discards its candidate and reads the winner's file.
 *   On a file system without hard links it falls back to an exclusive create
 *   (`wx`) of the key file itself, and a reader that meets a half-written file
 *   waits briefly and reads again.
 *
 * Load it once at start-up and share the result: the loader touches the disk.
 * Only node:crypto handles key material.
 */

export const SIGNING_KEY_ENV = 'SIGNING_KEY';
export const SIGNING_KEY_FILE = 'signing-key.pem';

/** The public half as a JWK (RFC 8037: OKP / Ed25519), with its thumbprint as `kid`. */
export interface Ed25519PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  /** base64url of the 32-byte public key */
  x: string;
  /** RFC 7638 JWK thumbprint (SHA-256, base64url) of {crv, kty, x} */
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: Ed25519PublicJwk;
  /** RFC 7638 thumbprint of the public key: stable for as long as the key is. */
  kid: string;
  /** Where the key came from: the environment, the key file, or generated into the key file just now. */
  source: 'env' | 'file' | 'generated';
  /** The key file, when the key lives in STORAGE_DIR. */
  path?: string;
}

export interface LoadSigningKeyOptions {
  /** The raw SIGNING_KEY value (AppConfig.signingKey); undefined when not set. */
  signingKey?: string;
  /** STORAGE_DIR (AppConfig.storageDir). */
  storageDir: string;
}

export class SigningKeyError extends Error {
  override name = 'SigningKeyError';
}

const PEM_HINT =
  'give an Ed25519 private key in PKCS#8: the PEM text ("-----BEGIN PRIVATE KEY-----", e.g. from ' +
  '`openssl genpkey -algorithm ed25519`), or the base64 of that PEM or of its DER';

/** Loads SIGNING_KEY when given, else the key file in STORAGE_DIR, generating it the first time. */
export async function loadSigningKey(options: LoadSigningKeyOptions): Promise<SigningKey> {
  if (options.signingKey !== undefined) {
    return { ...signingKeyFromPrivateKey(parseSigningKey(options.signingKey)), source: 'env' };
  }
  return loadOrCreateKeyFile(options.storageDir);
}

/**
 * Parses a SIGNING_KEY value (see the formats above). Throws a SigningKeyError
 * naming SIGNING_KEY, without the value, when it is not an Ed25519 private key.
 */
export function parseSigningKey(value: string, name: string = SIGNING_KEY_ENV): KeyObject {
  const text = value.trim();
  if (text === '') throw new SigningKeyError(`${name} is empty: ${PEM_HINT}.`);
  let key: KeyObject;
  if (text.includes('-----BEGIN')) {
    key = privateKeyFromPem(text, name);
  } else {
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text.replace(/\s+/g, ''))) {
      throw new SigningKeyError(`${name} is neither PEM nor base64: ${PEM_HINT}.`);
    }
    const bytes = Buffer.from(text.replace(/\s+/g, ''), 'base64');
    const decoded = bytes.toString('latin1');
    if (decoded.includes('-----BEGIN')) {
      key = privateKeyFromPem(decoded, name);
    } else {
      try {
        key = createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' });
      } catch {
        throw new SigningKeyError(`${name} is base64 but not of a PKCS#8 private key (PEM or DER): ${PEM_HINT}.`);
      }
    }
  }
  return requireEd25519Private(key, name);
}

/** Builds the SigningKey (public half, JWK, kid) for an Ed25519 private key. */
export function signingKeyFromPrivateKey(privateKey: KeyObject): Omit<SigningKey, 'source' | 'path'> {
  requireEd25519Private(privateKey, 'the private key');
  const publicKey = createPublicKey(privateKey);
  const publicJwk = publicJwkOf(publicKey);
  return { privateKey, publicKey, publicJwk, kid: publicJwk.kid };
}

/** The JWK (with kid, alg and use) of an Ed25519 public key. */
export function publicJwkOf(publicKey: KeyObject): Ed25519PublicJwk {
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new SigningKeyError('not an Ed25519 key');
  const exported = publicKey.export({ format: 'jwk' });
  if (exported.kty !== 'OKP' || exported.crv !== 'Ed25519' || typeof exported.x !== 'string') {
    throw new SigningKeyError('unexpected JWK export of an Ed25519 key');
  }
  const kid = jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: exported.x });
  return { kty: 'OKP', crv: 'Ed25519', x: exported.x, kid, alg: 'EdDSA', use: 'sig' };
}

/**
 * RFC 7638 JWK thumbprint of an OKP key: SHA-256 over the required members
 * {crv, kty, x} in lexicographic order, without whitespace, base64url.
 */
export function jwkThumbprint(jwk: { kty: 'OKP'; crv: string; x: string }): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(canonical, 'utf8').digest('base64url');
}

function privateKeyFromPem(pem: string, name: string): KeyObject {
  const normalized = pem.replace(/\\r\\n|\\n/g, '\n').replace(/\r\n/g, '\n').trim() + '\n';
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(normalized)) {
    throw new SigningKeyError(`${name} is an encrypted PEM; give it unencrypted: ${PEM_HINT}.`);
  }
  if (/-----BEGIN PUBLIC KEY-----/.test(normalized)) {
    throw new SigningKeyError(`${name} is a public key, not a private key: ${PEM_HINT}.`);
  }
  try {
    return createPrivateKey({ key: normalized, format: 'pem' });
  } catch {
    throw new SigningKeyError(`${name} is not a readable PEM private key: ${PEM_HINT}.`);
  }
}

function requireEd25519Private(key: KeyObject, name: string): KeyObject {
  if (key.type !== 'private') throw new SigningKeyError(`${name} is not a private key: ${PEM_HINT}.`);
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new SigningKeyError(
      `${name} is a ${key.asymmetricKeyType ?? 'unknown'} key, but credentials are signed with Ed25519: ${PEM_HINT}.`,
    );
  }
  return key;
}

// ---------------------------------------------------------------------------
// The key file in STORAGE_DIR

const READ_RETRIES = 40;
const READ_RETRY_MS = 50;
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

async function loadOrCreateKeyFile(storageDir: string): Promise<SigningKey> {
  const path = join(storageDir, SIGNING_KEY_FILE);
  const existing = await readKeyFile(path);
  if (existing) return existing;

  await mkdir(storageDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

  const published = await publishKeyFile(path, pem);
  if (published) return { ...signingKeyFromPrivateKey(privateKey), source: 'generated', path };

  // Another process created the file first: its key is the key.
  const winner = await readKeyFile(path);
  if (!winner) throw new SigningKeyError(`${path} vanished while it was being created; start again.`);
  return winner;
}

/** Writes the PEM to `path` unless the file exists; false when another process got there first. */
async function publishKeyFile(path: string, pem: string): Promise<boolean> {
  const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeExclusive(temporary, pem);
  try {
    await link(temporary, path);
    await syncDirectory(path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code && NO_HARD_LINKS.has(code)) return writeKeyFileDirectly(path, pem);
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** The fallback where hard links are not supported: an exclusive create of the key file itself. */
async function writeKeyFileDirectly(path: string, pem: string): Promise<boolean> {
  try {
    await writeExclusive(path, pem);
    await syncDirectory(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function writeExclusive(path: string, content: string): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.chmod(0o600); // whatever the umask
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(path: string): Promise<void> {
  const directory = join(path, '..');
  try {
    const handle = await open(directory, fsConstants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not every platform can fsync a directory; the file itself is synced.
  }
}

/** The key in the key file, null when there is none; a half-written file is read again. */
async function readKeyFile(path: string): Promise<SigningKey | null> {
  for (let attempt = 0; ; attempt++) {
    let content: string;
    try {
      content = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new SigningKeyError(`cannot read the signing key file ${path}: ${(error as Error).message}`);
    }
    const complete = content.includes('-----END');
    if (!complete && attempt < READ_RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_MS));
      continue;
    }
    const privateKey = parseSigningKey(
      content,
      `the signing key file ${path} (used because ${SIGNING_KEY_ENV} is not set)`,
    );
    return { ...signingKeyFromPrivateKey(privateKey), source: 'file', path };
  }
}
