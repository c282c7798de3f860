import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { titleOf } from './problem-details.filter';

const ANSWERS: Record<string, { status: number; slug: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, slug: 'headers-too-large', detail: 'The request line or headers are larger than 16 KB' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, slug: 'request-timeout', detail: 'The request did not arrive in time' },
};

/**
 * Requests that Node's HTTP parser refuses (a URL or headers over 16 KB, a broken request line)
 * never reach Express; Node's own answer is an empty 431 or 400. Answer them as problems too.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const { status, slug, detail } = ANSWERS[err.code ?? ''] ?? { status: 400, slug: 'bad-request', detail: 'The request is not valid HTTP' };
    const body = JSON.stringify({ type: problemType(slug), title: titleOf(status), status, detail });
    socket.end(
      `HTTP/1.1 ${status} ${titleOf(status)}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
