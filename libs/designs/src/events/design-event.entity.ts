import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { UserEntity } from '@mc/identity';

import { Design } from '../designs/design.entity';

/** One entry of a design's own ordered log; never updated or deleted. */
@Entity('design_events')
export class DesignEvent {
  @PrimaryColumn({ type: 'uuid' })
  designId!: string;

  /** 1, 2, 3 … per design, with no holes. */
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'varchar', length: 50 })
  type!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @ManyToOne(() => Design, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'design_id' })
  design?: Design;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;
}
