export * from './realtime-events';
export {
  JoinMessage,
  LeaveMessage,
  FocusMessage,
  FOCUS_TARGET_TYPES,
  type FocusTargetType,
} from './client-messages';
