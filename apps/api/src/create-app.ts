import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';

import { AppConfig, SigningKey } from '@mc/config';
import { HealthController, NestPinoLogger, requestLogging } from '@mc/observability';
import { RealtimeIoAdapter } from '@mc/realtime';

import { AppModule } from './app.module';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  signingKey: SigningKey;
  logger: Logger;
}

/** Builds the API application (not yet listening): used by `main.ts` and by the tests alike. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
    abortOnError: false,
  });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  // gzip (or deflate, or brotli) for every answer that is worth it: the app's bundle, GraphQL,
  // public JSON. gzip at its fastest level: on the design read (171 KB of JSON) level 6 cost about
  // 6 % of the API's CPU for an answer a few KB smaller (README "Design read and writes").
  app.use(compression({ level: 1 }));
  // The /graphql page is our own, with no CDN script, so the default policy holds everywhere.
  app.use(helmet({ crossOriginEmbedderPolicy: false }));
  app.enableCors({
    origin: (origin, callback) => callback(null, !origin || config.CORS_ORIGINS.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id', 'Apollo-Require-Preflight'],
    exposedHeaders: ['X-Request-Id'],
    maxAge: 600,
  });
  app.use(express.json({ limit: config.REQUEST_BODY_LIMIT_BYTES }));
  app.use(bodyErrors);
  serveWebApp(app, resolve(config.WEB_DIR), logger);
  const realtime = new RealtimeIoAdapter(app, {
    redisUrl: config.REDIS_URL,
    redisPrefix: config.REDIS_PREFIX,
    corsOrigins: config.CORS_ORIGINS,
  });
  await realtime.connect();
  app.useWebSocketAdapter(realtime);
  if (config.REDIS_URL) app.get(HealthController).watch('redis', () => realtime.redisStatus());
  return app;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The built web app at `/` (files, and index.html for the app's own paths), when it was built. */
function serveWebApp(app: NestExpressApplication, folder: string, logger: Logger): void {
  const index = join(folder, 'index.html');
  if (!existsSync(index)) {
    logger.info({ folder }, 'no built web app: serving the API only');
    return;
  }
  const assets = join(folder, 'assets');
  app.use(
    express.static(folder, {
      index: false,
      maxAge: '1h',
      setHeaders: (res, path) => {
        // Vite names what it puts in assets/ by content hash: a file there never changes.
        if (path.startsWith(assets + sep)) res.setHeader('Cache-Control', IMMUTABLE);
        else if (path === index) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    // The API's own routes, public documents (credentials, .well-known keys) included, are never the app.
    const apiPath = /^\/(graphql|socket\.io|health|credentials|\.well-known|mail|dev\/mail)(\/|$)/.test(
      req.path,
    );
    if (req.method !== 'GET' || apiPath || !req.accepts('html')) return next();
    // index.html names the current hashed bundles: revalidated on every load, so a deploy shows at once.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** A too-large or malformed body is answered at once, in the GraphQL error shape. */
function bodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const failure = error as { type?: string; status?: number } | undefined;
  if (!failure?.type) return next(error);
  const tooLarge = failure.type === 'entity.too.large';
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge ? 'Request body too large' : 'Malformed request body',
        extensions: { code: 'BAD_USER_INPUT', reason: tooLarge ? 'BODY_TOO_LARGE' : 'MALFORMED_BODY' },
      },
    ],
  });
}
