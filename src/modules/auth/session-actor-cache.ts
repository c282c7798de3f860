import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { Actor } from '../access/actor';

/** Notified by the triggers of migration 1764900000000: 's:<session id>' or 'u:<user id>'. */
export const AUTH_CHANGED_CHANNEL = 'mosty_auth_changed';

/** Signed-in sessions kept at most (a few MB); the oldest entry goes first. */
const CACHE_LIMIT = 20_000;
const RECONNECT_MS = 1_000;

interface Entry {
  actor: Actor;
  /** When the session itself ends (its row's expires_at). */
  sessionEndsAt: number;
  cachedAt: number;
}

/**
 * The actors of open sessions, so that a request need not read its session from
 * PostgreSQL — that read was one statement of every request. An entry is forgotten
 * when PostgreSQL says its session or user changed (LISTEN on AUTH_CHANGED_CHANNEL;
 * triggers notify on every such change, whoever makes it), when the session ends,
 * and after SESSION_CACHE_SECONDS at the latest. Without a working LISTEN connection
 * nothing is served from memory: every request reads its session, as before.
 *
 * A read that raced with a change is not kept: every notification (and a lost
 * connection) moves `generation` on, and `offer` keeps only what was read in the
 * generation in which it was asked for.
 */
@Injectable()
export class SessionActorCache implements OnModuleDestroy {
  private readonly logger = new Logger(SessionActorCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly maxAgeMs: number;
  private listener?: Client;
  private listening = false;
  private generation = 0;
  private reconnect?: NodeJS.Timeout;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.maxAgeMs = config.sessionCacheSeconds * 1000;
  }

  /** The session's actor from memory, or undefined (then read it, and `offer` what was read with this call's ticket). */
  lookup(sessionId: string, userId: string): { actor?: Actor; ticket: number | null } {
    if (this.maxAgeMs === 0) return { ticket: null };
    if (!this.listener && !this.reconnect && !this.closed) this.listen();
    if (!this.listening) return { ticket: null };
    const entry = this.entries.get(sessionId);
    const now = Date.now();
    if (entry && entry.actor.id === userId && entry.sessionEndsAt > now && now - entry.cachedAt < this.maxAgeMs) return { actor: entry.actor, ticket: null };
    if (entry) this.entries.delete(sessionId);
    return { ticket: this.generation };
  }

  /** Keeps an actor read from the database, unless anything changed since its ticket was given. */
  offer(ticket: number | null, actor: Actor, sessionEndsAt: Date): void {
    if (ticket === null || ticket !== this.generation || !this.listening) return;
    if (this.entries.size >= CACHE_LIMIT) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(actor.sessionId, { actor, sessionEndsAt: sessionEndsAt.getTime(), cachedAt: Date.now() });
  }

  /**
   * This process's own changes take effect for its next request at once, without
   * waiting for their notification (which still reaches every other process).
   */
  forgetSession(sessionId: string): void {
    this.generation++;
    this.entries.delete(sessionId);
  }

  forgetUser(userId: string): void {
    this.generation++;
    for (const [sessionId, entry] of this.entries) if (entry.actor.id === userId) this.entries.delete(sessionId);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnect);
    await this.listener?.end().catch(() => undefined);
  }

  /** Started by the first lookup, so a process that authenticates nothing (the worker) holds no extra connection. */
  private listen(): void {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'mosty-session-cache' });
    this.listener = client;
    client.on('notification', (message) => this.changed(message.payload ?? ''));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client
      .connect()
      .then(() => client.query(`LISTEN ${AUTH_CHANGED_CHANNEL}`))
      .then(() => {
        if (this.listener === client && !this.closed) this.listening = true;
      })
      .catch((error: Error) => {
        this.logger.warn(`Sessions are read on every request until PostgreSQL's notifications can be received: ${error.message}`);
        this.lost(client);
      });
  }

  private changed(payload: string): void {
    const id = payload.slice(2);
    if (payload.startsWith('s:')) this.forgetSession(id);
    else if (payload.startsWith('u:')) this.forgetUser(id);
  }

  /** Notifications may have been missed: forget everything, and listen again after a pause. */
  private lost(client: Client): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    this.listening = false;
    this.generation++;
    this.entries.clear();
    client.end().catch(() => undefined);
    if (this.closed) return;
    // Until the timer fires, lookups answer "read it" without opening a connection of their own.
    this.reconnect = setTimeout(() => {
      this.reconnect = undefined;
      if (!this.closed) this.listen();
    }, RECONNECT_MS);
    this.reconnect.unref();
  }
}
