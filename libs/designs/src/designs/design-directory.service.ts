import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { DesignRole } from '../designs.enums';
import { Participant } from '../participants/participant.entity';

import { Design } from './design.entity';

/**
 * Facts about a design that other libraries need to write about it (notifications), read in the
 * caller's transaction, with no access rule: callers act on the server's behalf, never a user's.
 */
@Injectable()
export class DesignDirectory {
  /** The design's title, or null for an unknown id. */
  async title(manager: EntityManager, designId: string): Promise<string | null> {
    const design = await manager
      .getRepository(Design)
      .findOne({ where: { id: designId }, select: { id: true, title: true } });
    return design?.title ?? null;
  }

  /** Everyone who takes part in the design, with their role. */
  async participantRoles(
    manager: EntityManager,
    designId: string,
  ): Promise<Array<{ userId: string; role: DesignRole }>> {
    const participants = await manager
      .getRepository(Participant)
      .find({ where: { designId }, select: { userId: true, role: true } });
    return participants.map((p) => ({ userId: p.userId, role: p.role }));
  }

  /** The ids of everyone who takes part in the design. */
  async participantIds(manager: EntityManager, designId: string): Promise<string[]> {
    const participants = await manager
      .getRepository(Participant)
      .find({ where: { designId }, select: { userId: true } });
    return participants.map((p) => p.userId);
  }
}
