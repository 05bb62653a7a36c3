export { RealtimeModule } from './realtime.module';
export { REALTIME_ENTITIES } from './realtime.entities';
export { RealtimeIoAdapter, type RealtimeIoAdapterOptions } from './realtime-io.adapter';
export { NotificationObject } from './notifications/notification.resolver';
