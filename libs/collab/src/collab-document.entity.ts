import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { DesignEntity } from '@mc/designs';

/**
 * The Yjs state of one live document (`design:<id>`, `outcome:<id>`, `skill:<id>`), so a restart
 * keeps its text and merge history; `fields` are the record's texts as of the last time the two
 * agreed (a record changed elsewhere since then is merged in when the document opens).
 */
@Entity('collab_documents')
export class CollabDocument {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'uuid' })
  designId!: string;

  @Column({ type: 'bytea' })
  state!: Buffer;

  @Column({ type: 'jsonb' })
  fields!: Record<string, string | null>;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => DesignEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: DesignEntity;
}

export const COLLAB_ENTITIES = [CollabDocument];
