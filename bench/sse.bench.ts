// Live updates under load: 200 operators connected by server-sent events to an
// in-process server on 127.0.0.1 (embedded PGlite), a composer marks alerts ready, and
// every stream's arrival of the "ready" notification (step 12) is timed from the moment
// the request was sent. Bounded: 200 streams, 30 alerts, one minute at most.
import { ApiClient, SseClient } from '../host-demo/server/src/test/client.js';
import { sampleCap } from '../host-demo/server/src/test/fixtures.js';
import { DEMO, startTestServer } from '../host-demo/server/src/test/harness.js';
import { DEMO_PASSWORD } from '../host-demo/server/src/auth/sessions.js';
import type { Benchmark, BenchResult } from './lib.js';

const STREAMS = 200;
const SESSIONS = 20;
const ROUNDS = 30;
/** Rounds first run unmeasured, so start-up compilation does not count. */
const WARMUP = 3;

let measured: Promise<{ p50: number; p99: number; max: number; samples: number }> | undefined;

async function measure(): Promise<{ p50: number; p99: number; max: number; samples: number }> {
  const server = await startTestServer('pglite', { loginRateMax: 1000 });
  const streams: SseClient[] = [];
  const deadline = Date.now() + 60_000;
  try {
    const composer = await new ApiClient(server.url).login(DEMO.composer, DEMO_PASSWORD);
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, () =>
        new ApiClient(server.url).login(DEMO.broadcaster, DEMO_PASSWORD),
      ),
    );
    for (let i = 0; i < STREAMS; i++) {
      streams.push(await SseClient.connect(server.url, sessions[i % SESSIONS]?.cookie ?? ''));
    }
    const ids: string[] = [];
    for (let i = 0; i < ROUNDS + WARMUP; i++) {
      const r = await composer.req<{ id: string }>('POST', '/api/alerts', {
        cap: sampleCap(),
        sirene: { channels: ['cap-feed'] },
      });
      if (r.status !== 201) throw new Error(`create: ${r.status} ${r.text}`);
      ids.push(r.body.id);
    }
    const latencies: number[] = [];
    for (const [round, id] of ids.entries()) {
      if (Date.now() > deadline) break;
      const start = performance.now();
      const arrivals = streams.map((s) =>
        s.waitFor((e) => e.type === 'alert.ready' && e.data.data.alertId === id, 10_000),
      );
      const r = await composer.req('POST', `/api/alerts/${id}/ready`);
      if (r.status !== 200) throw new Error(`ready: ${r.status} ${r.text}`);
      const received = await Promise.all(arrivals);
      if (round >= WARMUP) for (const e of received) latencies.push(e.receivedAt - start);
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0, samples: latencies.length };
  } finally {
    for (const s of streams) s.close();
    await server.close();
  }
}

const result =
  (pick: 'p50' | 'p99'): (() => Promise<BenchResult>) =>
  async () => {
    const m = await (measured ??= measure());
    return {
      value: Math.round(m[pick] * 10) / 10,
      unit: `ms (${STREAMS} SSE clients, ${m.samples} notifications, request sent → event received)`,
    };
  };

const benchmarks: Benchmark[] = [
  { name: 'sse.ready-notification-p99', run: result('p99') },
  { name: 'sse.ready-notification-p50', run: result('p50') },
];
export default benchmarks;
