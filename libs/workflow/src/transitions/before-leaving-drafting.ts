import { Injectable, Logger } from '@nestjs/common';

import type { Tx } from '@mc/database';

/**
 * Work a transition out of DRAFTING awaits first, inside its transaction and under the design's
 * lock, before the gates read the content and the snapshot is taken (live co-editing stores the
 * text typed so far there, and stops taking more).
 */
export interface LeavingDraftingHandler {
  /** Runs in the transition's transaction; a failure fails the transition. */
  beforeLeaving(tx: Tx, designId: string): Promise<void>;
  /** After the transition committed or failed (whichever): the design's stage is settled. */
  settled(designId: string): void | Promise<void>;
}

/** The registry {@link TransitionService} awaits; other libraries register with it. */
@Injectable()
export class BeforeLeavingDrafting {
  private readonly logger = new Logger('Workflow');
  private readonly handlers: LeavingDraftingHandler[] = [];

  register(handler: LeavingDraftingHandler): () => void {
    this.handlers.push(handler);
    return () => {
      const at = this.handlers.indexOf(handler);
      if (at >= 0) this.handlers.splice(at, 1);
    };
  }

  async run(tx: Tx, designId: string): Promise<void> {
    for (const handler of this.handlers) await handler.beforeLeaving(tx, designId);
  }

  async settled(designId: string): Promise<void> {
    for (const handler of this.handlers) {
      try {
        await handler.settled(designId);
      } catch (error) {
        this.logger.error(error, 'a leaving-drafting listener failed after the transition');
      }
    }
  }
}
