import { Notification } from './notifications/notification.entity';

export const REALTIME_ENTITIES = [Notification];
