import { Field, ID, ObjectType } from '@nestjs/graphql';

import type { Session } from './session.entity';

@ObjectType('Session', { description: 'One of the caller’s active log-ins (a browser or device).' })
export class SessionObject {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The User-Agent the session began with; null when the client sent none.',
  })
  device!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Last request made with the session, to the minute.' })
  lastUsedAt!: Date;

  @Field({ description: 'True for the session this request is made with.' })
  current!: boolean;
}

export function toSessionObject(session: Session, currentSessionId: string): SessionObject {
  return {
    id: session.id,
    device: session.userAgent,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    current: session.id === currentSessionId,
  };
}
