export * from './realtime-events';
export { JoinMessage, LeaveMessage, FocusMessage } from './client-messages';
