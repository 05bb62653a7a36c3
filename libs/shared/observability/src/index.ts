export { createLogger, NestPinoLogger } from './logger';
export { requestLogging } from './request-logging';
export { HealthController } from './health.controller';
