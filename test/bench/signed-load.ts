import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';
import { quantile, round } from './bench-types.js';

export const BENCH_SECRET = 'bench-signing-secret';
export const BENCH_USERS = Array.from({ length: 50 }, (_, n) => `U0BENCH${String(n).padStart(2, '0')}`);

export type LoadOptions = {
  url: string;
  connections: number;
  amount: number;
  /** The urlencoded body of request number n (a fresh trigger_id each time). */
  bodyOf: (n: number) => string;
};

export type LoadResult = { requests: number; p50: number; p95: number; p99: number; throughput: number; non2xx: number; errors: number };

const sign = (body: string, timestamp: number): string =>
  `v0=${createHmac('sha256', BENCH_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;

/** A slash-command body shaped like Slack's (wire facts §2.1). */
export function commandBody(options: { n: number; command: string; text: string; teamId: string; responseUrl: string }): string {
  const user = BENCH_USERS[options.n % BENCH_USERS.length] as string;
  return new URLSearchParams({
    token: 'bench-verification-token', team_id: options.teamId, team_domain: 'fake', channel_id: 'C0GENERAL', channel_name: 'general',
    user_id: user, user_name: user.toLowerCase(), command: options.command, text: options.text, api_app_id: 'A0TEST',
    is_enterprise_install: 'false', response_url: options.responseUrl, trigger_id: `${Date.now()}.${options.n}.bench${options.n.toString(16)}`,
  }).toString();
}

/**
 * autocannon at `connections` concurrent connections; every request is signed at the moment it is
 * sent (fresh timestamp) with the exact content type Bolt accepts. Latencies come from autocannon's
 * per-response timings, so p95 is exact rather than read off its fixed percentile list.
 */
export async function runSignedLoad(options: LoadOptions): Promise<LoadResult> {
  let sent = 0;
  const latencies: number[] = [];
  const load: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    amount: options.amount,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: autocannon.Request) => {
          const body = options.bodyOf(sent);
          sent += 1;
          const timestamp = Math.floor(Date.now() / 1000);
          return {
            ...request,
            body,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-slack-request-timestamp': String(timestamp),
              'x-slack-signature': sign(body, timestamp),
            },
          };
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(load, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    p50: round(quantile(latencies, 0.5), 2),
    p95: round(quantile(latencies, 0.95), 2),
    p99: round(quantile(latencies, 0.99), 2),
    throughput: Math.round(result.requests.total / result.duration),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
