import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { SignUpInput } from '../dto/identity.inputs';
import { AuthPayloadObject } from '../dto/identity.objects';

import { Public } from './auth.decorators';
import { AuthService } from './auth.service';

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
}

export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
