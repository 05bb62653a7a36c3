import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { SignUpInput } from '../dto/identity.inputs';
import { AuthPayloadObject } from '../dto/identity.objects';

import { CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadObject)
  signUp(@Args('input') input: SignUpInput, @Context('req') request: Request): Promise<AuthPayloadObject> {
    return this.auth.signUp(input, request.headers['user-agent']);
  }

  @Public()
  @Mutation(() => AuthPayloadObject)
  logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') request: Request,
  ): Promise<AuthPayloadObject> {
    return this.auth.logIn(email, password, clientAddressOf(request), request.headers['user-agent']);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password once the current one is checked (throttled as log-in is); every other session ends.',
  })
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Context('req') request: Request,
  ): Promise<boolean> {
    await this.auth.changePassword(user, currentPassword, newPassword, clientAddressOf(request));
    return true;
  }
}

export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
