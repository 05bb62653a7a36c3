import { DesignStage } from '../designs.enums';

/** The stages as people say them, in notifications and mail (the web app's stage badge says the same). */
const STAGE_LABELS: Record<DesignStage, string> = {
  [DesignStage.DRAFTING]: 'Drafting',
  [DesignStage.PARTNER_REVIEW]: 'Partner review',
  [DesignStage.COMMITTEE_REVIEW]: 'Committee review',
  [DesignStage.APPROVED]: 'Approved',
  [DesignStage.PUBLISHED]: 'Published',
  [DesignStage.ARCHIVED]: 'Archived',
};

/** A stage's name for people; an unknown value is given back as it is. */
export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage as DesignStage] ?? stage;
}
