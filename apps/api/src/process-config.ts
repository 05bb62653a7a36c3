import { AppConfig, ConfigError, loadConfig } from '@mc/config';

/** The validated configuration, or exit 1 with the one-line reason: nothing has started yet. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
