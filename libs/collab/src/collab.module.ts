import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DesignsModule } from '@mc/designs';
import { WorkflowModule } from '@mc/workflow';

import { COLLAB_ENTITIES } from './collab-document.entity';
import { CollabServer } from './collab-server.service';
import { COLLAB_OPTIONS, type CollabOptions, DEFAULT_COLLAB_OPTIONS } from './collab.options';

/** Live co-editing at `/collab` on the API's HTTP server (README "Writing together"). */
@Module({})
export class CollabModule {
  static forRoot(
    options: Partial<CollabOptions> & Pick<CollabOptions, 'redisUrl' | 'redisPrefix'>,
  ): DynamicModule {
    return {
      module: CollabModule,
      imports: [TypeOrmModule.forFeature(COLLAB_ENTITIES), DesignsModule, WorkflowModule],
      providers: [
        { provide: COLLAB_OPTIONS, useValue: { ...DEFAULT_COLLAB_OPTIONS, ...options } },
        CollabServer,
      ],
      exports: [CollabServer],
    };
  }
}
