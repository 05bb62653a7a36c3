export { CollabModule } from './collab.module';
export { COLLAB_ENTITIES } from './collab-document.entity';
export { CollabServer } from './collab-server.service';
export type { CollabOptions } from './collab.options';
