import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

import type { AuthenticatedUser } from './authenticated-user';

export const IS_PUBLIC = 'identity:isPublic';

/** Marks a resolver or handler that anyone may call without logging in. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export type RequestWithUser = Request & { user?: AuthenticatedUser };

export function requestOf(context: ExecutionContext): RequestWithUser {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithUser }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithUser>();
}

/** The logged-in user of this request (only on guarded, non-public resolvers). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedUser => {
    const user = requestOf(context).user;
    if (!user) throw new Error('CurrentUser used on a handler that the AuthGuard did not authenticate');
    return user;
  },
);
