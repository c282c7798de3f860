import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { ProblemCode } from '../errors/problem-types';
import { PROBLEM_CONTENT_TYPE, problemBody } from './problem';

const ANSWERS: Record<string, { code: ProblemCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: { code: 'headers-too-large', detail: 'The request line or headers are larger than 16 KB' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'request-timeout', detail: 'The request did not arrive in time' },
};

/**
 * Requests that Node's HTTP parser refuses (a URL or headers over 16 KB, a broken request line)
 * never reach Express; Node's own answer is an empty 431 or 400. Answer them as problems too.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const { code, detail } = ANSWERS[err.code ?? ''] ?? { code: 'bad-request', detail: 'The request is not valid HTTP' };
    const problem = problemBody(code, detail);
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
