/**
 * The countdown runs on the server's clock, not the device's (a phone's clock may be minutes
 * off). The offset comes from a response's `Date` header, which names whole seconds: the
 * server's time is taken as the middle of that second, against the middle of the request.
 */
export function clockOffsetMs(dateHeader: string | null | undefined, sentAt: number, receivedAt: number): number {
  if (!dateHeader) return 0;
  const server = Date.parse(dateHeader);
  if (Number.isNaN(server)) return 0;
  return Math.round(server + 500 - (sentAt + receivedAt) / 2);
}

/** Milliseconds until the deadline by the server's clock (never below zero). */
export function remainingMs(deadlineAt: string, offsetMs: number, deviceNow: number): number {
  return Math.max(0, Date.parse(deadlineAt) - (deviceNow + offsetMs));
}

/** "4:05", "1:02:03": whole seconds, rounded up so 0:00 means the time is over. */
export function countdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A key for one submit, kept for its retries (crypto.randomUUID needs a secure context; plain http on a LAN has none). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
