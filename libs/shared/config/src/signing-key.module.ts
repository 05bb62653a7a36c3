import { DynamicModule, Global, Module } from '@nestjs/common';

import type { SigningKey } from './signing-key';

/** Injection token of the platform's {@link SigningKey}. */
export const PLATFORM_SIGNING_KEY = Symbol('PLATFORM_SIGNING_KEY');

/** Makes the key resolved at start-up (`resolveSigningKey`) injectable everywhere. */
@Global()
@Module({})
export class SigningKeyModule {
  static forRoot(key: SigningKey): DynamicModule {
    return {
      module: SigningKeyModule,
      providers: [{ provide: PLATFORM_SIGNING_KEY, useValue: key }],
      exports: [PLATFORM_SIGNING_KEY],
    };
  }
}
