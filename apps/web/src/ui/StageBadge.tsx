import type { DesignStage } from '../gql/graphql';

import './StageBadge.css';

export const STAGE_LABELS: Record<DesignStage, string> = {
  DRAFTING: 'Drafting',
  PARTNER_REVIEW: 'Partner review',
  COMMITTEE_REVIEW: 'Committee review',
  APPROVED: 'Approved',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export function StageBadge({ stage }: { stage: DesignStage }) {
  return <span className={`stage-badge stage-${stage.toLowerCase()}`}>{STAGE_LABELS[stage]}</span>;
}
