/**
 * Mail queue benchmark (`npm run bench:mail`): N mails, each committed in a transaction of its own
 * (the way a mutation commits its mail job), taken by the queue's worker and handed to a local
 * SMTP server (smtp-server, in this process). Prints mails per second (first commit to last
 * receipt) and the delay from each commit to the SMTP server's receipt (p50 / p95 / p99 / max).
 *
 * The API runs in this process (the same `createApp` as main.ts). PostgreSQL: a fresh database on
 * `BENCH_DATABASE_URL` (default postgres://postgres@127.0.0.1:5432/postgres), dropped at the end.
 * Options: BENCH_MAILS=500 BENCH_PRODUCERS=8 BENCH_IDLE_MAILS=50
 */
import 'reflect-metadata';

import { performance } from 'node:perf_hooks';

import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';

import { generateSigningKeyPem, loadConfig, signingKeyFrom } from '@mc/config';
import { TransactionRunner } from '@mc/database';
import { MailOutbox } from '@mc/mail';
import { createLogger } from '@mc/observability';
import { freePort } from '@mc/testing';

import { createApp } from '../src/create-app';

const MAILS = Number(process.env.BENCH_MAILS ?? 500);
const PRODUCERS = Number(process.env.BENCH_PRODUCERS ?? 8);
const IDLE_MAILS = Number(process.env.BENCH_IDLE_MAILS ?? 50);
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const received = new Map<string, number>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      void simpleParser(stream).then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
        received.set(to?.value[0]?.address ?? '', performance.now());
        callback();
      }, callback);
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));

  const name = `mc_bench_mail_${Date.now()}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SIGNING_KEY: await generateSigningKeyPem(),
  });
  const app = await createApp({
    config,
    databaseUrl: url.toString(),
    jwtSecret: 'benchmark-secret-that-is-long-enough-for-hs256',
    signingKey: await signingKeyFrom(config.SIGNING_KEY!, config.PUBLIC_URL, 'env'),
    logger: createLogger('silent'),
  });
  await app.init();
  const transactions = app.get(TransactionRunner);
  const outbox = app.get(MailOutbox);

  const committed = new Map<string, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PRODUCERS }, async () => {
      while (next < MAILS) {
        const to = `bench${next++}@example.org`;
        await transactions.run((tx) =>
          outbox.sendAlways(tx, 'PASSWORD_RESET', to, {
            subject: 'Benchmark',
            text: `A benchmark mail to ${to}`,
            html: `<p>A benchmark mail to ${to}</p>`,
          }),
        );
        committed.set(to, performance.now());
      }
    }),
  );
  const deadline = Date.now() + 300_000;
  while (received.size < MAILS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const last = Math.max(...received.values());
  const delays = [...committed]
    .map(([to, at]) => (received.get(to) ?? NaN) - at)
    .filter((d) => !Number.isNaN(d))
    .map((d) => Math.max(0, d))
    .sort((a, b) => a - b);

  console.log(`mails: ${MAILS} (received ${received.size}), producers: ${PRODUCERS}`);
  console.log(
    `throughput: ${((received.size / (last - started)) * 1000).toFixed(1)} mails/s (first commit to last receipt)`,
  );
  console.log(
    `commit → SMTP receipt: p50 ${percentile(delays, 50).toFixed(0)} ms, p95 ${percentile(delays, 95).toFixed(0)} ms, p99 ${percentile(delays, 99).toFixed(0)} ms, max ${delays[delays.length - 1]?.toFixed(0)} ms`,
  );

  // An idle queue: one mail at a time, each awaited before the next (latency without a backlog).
  const idle: number[] = [];
  for (let i = 0; i < IDLE_MAILS; i += 1) {
    const to = `idle${i}@example.org`;
    await transactions.run((tx) =>
      outbox.sendAlways(tx, 'PASSWORD_RESET', to, {
        subject: 'Benchmark',
        text: 'idle',
        html: '<p>idle</p>',
      }),
    );
    const at = performance.now();
    while (!received.has(to)) await new Promise((r) => setTimeout(r, 2));
    idle.push(received.get(to)! - at);
  }
  idle.sort((a, b) => a - b);
  console.log(
    `idle queue, ${IDLE_MAILS} mails one at a time, commit → SMTP receipt: p50 ${percentile(idle, 50).toFixed(0)} ms, p99 ${percentile(idle, 99).toFixed(0)} ms`,
  );

  await app.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
