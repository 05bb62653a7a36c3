export { DesignsModule } from './designs.module';
export { DESIGNS_ENTITIES } from './designs.entities';
export { DesignAccessPolicy, type DesignAccess } from './access/design-access.policy';
export { DesignEventBus, type CommittedDesignEvent } from './events/design-event-bus';
export { DesignEventLog, type DesignEventType } from './events/design-event-log';
export {
  DesignSignals,
  signalCause,
  type DesignSignal,
  type DesignSignalHandler,
} from './events/design-signals';
export { DesignEvent as DesignEventEntity } from './events/design-event.entity';
export { Participant as ParticipantEntity } from './participants/participant.entity';
export {
  DesignRole,
  DesignStage,
  SkillPriority,
  BloomLevel,
  DeliveryMode,
  CommentTarget,
} from './designs.enums';
export { DesignObject } from './dto/design.objects';
export { DesignContentReader } from './content/design-content.reader';
export type {
  DesignContent,
  SkillContent,
  OutcomeContent,
  FrameworkRefContent,
} from './content/design-content';
export { DesignLoaders } from './designs.loaders';
export { toDesignObject, toDesignConnection } from './dto/design.records';
export { DesignService } from './designs/design.service';
export { DesignConnectionObject, FrameworkRefObject, PageInfoObject } from './dto/design.objects';
export { toFrameworkRef } from './dto/design.records';
export { DesignDirectory } from './designs/design-directory.service';
export { CAN_EDIT_DESIGN } from './access/design-access.policy';
// Entity class, for other libraries' foreign keys only.
export { Design as DesignEntity } from './designs/design.entity';
export { LEVEL_NOT_APPLICABLE } from './designs/design-codes';
export {
  LiveTextService,
  LIVE_TEXT_FIELDS,
  type LiveTextKind,
  type LiveTexts,
  type LiveRecord,
  type LiveTextAccess,
  type LiveStoreResult,
} from './live-text/live-text.service';
export { DESIGN_LIMITS } from './designs.enums';
export { DESIGN_RULES } from './access/design-permissions';
export { stageLabel } from './designs/stage-labels';
