import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './processes';

const run = promisify(execFile);

/** PostgreSQL's server binaries: PG_BIN, else Debian's newest /usr/lib/postgresql/<n>/bin, else pg_config's. */
function serverBinaries(): string {
  const debian = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  const candidates = [process.env.PG_BIN, ...debian.map((v) => `/usr/lib/postgresql/${v}/bin`), pgConfigBinDir()];
  const dir = candidates.find((d): d is string => !!d && existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
  if (!dir) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install PostgreSQL or set PG_BIN to their directory');
  return dir;
}

function pgConfigBinDir(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * A PostgreSQL server of the test's own, in a temporary directory on a free port,
 * so that it can be stopped, crashed and restarted without touching the shared
 * one. Trust authentication, default durability (fsync, synchronous_commit on).
 * initdb and the server refuse to run as root: as root they run as `postgres`.
 */
export class PrivatePostgres {
  readonly url: string;
  private readonly dataDir: string;

  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {
    this.dataDir = join(dir, 'data');
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  static async create(): Promise<PrivatePostgres> {
    const bin = serverBinaries();
    const dir = mkdtempSync(join(tmpdir(), 'mosty-pg-'));
    const server = new PrivatePostgres(bin, dir, await freePort());
    try {
      if (asRoot()) chownSync(dir, postgresId('-u'), postgresId('-g'));
      // --no-sync: only initdb's own files skip fsync; the server below runs with full durability.
      await server.pg('initdb', ['-D', server.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
      await server.start();
      return server;
    } catch (error) {
      await server.destroy();
      throw error;
    }
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir}`;
    await this.pg('pg_ctl', ['start', '-D', this.dataDir, '-l', join(this.dir, 'server.log'), '-w', '-t', '30', '-o', options]);
  }

  /** `fast`: a clean shutdown that ends every session; `immediate`: a crash-like stop, WAL recovery at the next start. */
  async stop(mode: 'fast' | 'immediate'): Promise<void> {
    await this.pg('pg_ctl', ['stop', '-D', this.dataDir, '-m', mode, '-w', '-t', '30']);
  }

  /** Stops the server, whatever state it is in, and removes its files. */
  async destroy(): Promise<void> {
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) await this.stop('immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async pg(tool: string, args: string[]): Promise<void> {
    const [command, commandArgs] = asRoot() ? ['runuser', ['-u', 'postgres', '--', join(this.bin, tool), ...args]] : [join(this.bin, tool), args];
    try {
      await run(command, commandArgs, { cwd: this.dir, timeout: 60_000 });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${(error as Error).message}\n${stdout ?? ''}${stderr ?? ''}`);
    }
  }
}

const asRoot = () => process.getuid?.() === 0;
const postgresId = (flag: '-u' | '-g') => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
