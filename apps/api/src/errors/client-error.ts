import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { BAD_REQUEST, HEADERS_TOO_LARGE, REQUEST_TIMEOUT } from '../graphql/error-codes.js';
import type { ErrorLog } from './error-log.js';

const ANSWERS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, HEADERS_TOO_LARGE, 'The request line and headers are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, REQUEST_TIMEOUT, 'The request took too long to arrive'],
};
const MALFORMED: [number, string, string] = [400, BAD_REQUEST, 'The request is not valid HTTP'];

/**
 * What Node's HTTP parser refuses never reaches Express: oversized headers (431), a request that is
 * not HTTP (400), one that is too slow (408). Node would answer with an empty body; this answers
 * with the same JSON error as every other route, and logs the refusal.
 */
export function answerClientErrors(server: Server, log: ErrorLog): void {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex & { _httpMessage?: { headersSent?: boolean } }) => {
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, code, message] = ANSWERS[error.code ?? ''] ?? MALFORMED;
    const reference = randomUUID();
    log.refusal({ code, reference, status });
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
