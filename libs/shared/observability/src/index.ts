export { createLogger, NestPinoLogger } from './logger';
export { requestLogging } from './request-logging';
export { HealthController, type DependencyProbe, type Readiness } from './health.controller';
