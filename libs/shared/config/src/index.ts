export { loadConfig, ConfigError, type AppConfig } from './app-config';
export { ConfigModule, APP_CONFIG } from './config.module';
export { resolveJwtSecret } from './jwt-secret';
export {
  resolveSigningKey,
  generateSigningKeyPem,
  signingKeyFrom,
  JWKS_PATH,
  type SigningKey,
} from './signing-key';
export { SigningKeyModule, PLATFORM_SIGNING_KEY } from './signing-key.module';
