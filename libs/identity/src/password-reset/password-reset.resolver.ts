import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { Public } from '../auth/auth.decorators';
import { clientAddressOf } from '../auth/auth.resolver';
import { AuthPayloadObject } from '../dto/identity.objects';

import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a reset link to this email if it has an account; answers true either way.',
  })
  requestPasswordReset(@Args('email') email: string, @Context('req') request: Request): Promise<boolean> {
    return this.resets.request(email, clientAddressOf(request));
  }

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description: 'Sets a new password with a mailed reset token, and logs in.',
  })
  resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
  ): Promise<AuthPayloadObject> {
    return this.resets.reset(token, newPassword);
  }
}
