import { describe, expect, it } from 'vitest';
import { clockOffsetMs, countdown, newIdempotencyKey, remainingMs } from './server-clock';

describe('the countdown on the server\'s clock', () => {
  it('takes the offset from the Date header, the middle of its second against the middle of the request', () => {
    const sent = Date.parse('2026-12-04T10:00:00.000Z');
    // The device is 2 minutes behind the server; the request took 200 ms.
    expect(clockOffsetMs('Fri, 04 Dec 2026 10:02:00 GMT', sent, sent + 200)).toBe(120_000 + 500 - 100);
    expect(clockOffsetMs(null, sent, sent)).toBe(0);
    expect(clockOffsetMs('not a date', sent, sent)).toBe(0);
  });

  it('counts down to the deadline by the server\'s time, never below zero', () => {
    const device = Date.parse('2026-12-04T10:00:00Z');
    expect(remainingMs('2026-12-04T10:05:00Z', 0, device)).toBe(300_000);
    // The server is a minute ahead: a minute less is left than the device thinks.
    expect(remainingMs('2026-12-04T10:05:00Z', 60_000, device)).toBe(240_000);
    expect(remainingMs('2026-12-04T09:59:00Z', 0, device)).toBe(0);
  });

  it('shows minutes and seconds (hours when there are any), rounding up', () => {
    expect(countdown(245_000)).toBe('4:05');
    expect(countdown(3_723_000)).toBe('1:02:03');
    expect(countdown(400)).toBe('0:01');
    expect(countdown(0)).toBe('0:00');
  });

  it('makes a fresh idempotency key each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[\x21-\x7e]{16,200}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
