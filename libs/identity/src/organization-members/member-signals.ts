import { Injectable, Logger } from '@nestjs/common';

export type MemberDeactivatedHandler = (userId: string) => void;

/**
 * Told after a member's deactivation commits, so that other libraries (the realtime channel) end
 * what the user still has open without reading identity's tables.
 */
@Injectable()
export class MemberSignals {
  private readonly logger = new Logger('Identity');
  private readonly handlers: MemberDeactivatedHandler[] = [];

  onDeactivated(handler: MemberDeactivatedHandler): void {
    this.handlers.push(handler);
  }

  deactivated(userId: string): void {
    for (const handler of this.handlers) {
      // A listener's failure must not undo or fail a deactivation that has committed.
      try {
        handler(userId);
      } catch (error) {
        this.logger.error(error, 'a member-deactivated listener failed');
      }
    }
  }
}
