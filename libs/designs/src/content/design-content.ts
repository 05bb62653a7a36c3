/**
 * The whole content of a design at one moment: what a snapshot freezes, what snapshots are
 * compared on, and what the exports (Open Badge, brief) are built from. Plain JSON.
 */
export interface FrameworkRefContent {
  framework: string;
  code: string;
  label: string | null;
  url: string | null;
}

export interface SkillContent {
  id: string;
  name: string;
  description: string | null;
  priority: 'ESSENTIAL' | 'IMPORTANT' | 'NICE_TO_HAVE';
  frameworkRef: FrameworkRefContent | null;
  proposedBy: { id: string; displayName: string; organization: string };
}

export interface OutcomeContent {
  id: string;
  statement: string;
  bloomLevel: 'REMEMBER' | 'UNDERSTAND' | 'APPLY' | 'ANALYZE' | 'EVALUATE' | 'CREATE';
  assessmentMethod: string | null;
  position: number;
  /** Ids of the skills this outcome covers (the alignment), sorted. */
  skillIds: string[];
}

export interface DesignContent {
  id: string;
  revision: number;
  stage: string;
  institution: { id: string; name: string };
  fields: {
    title: string;
    summary: string | null;
    sector: string | null;
    targetLearners: string | null;
    prerequisites: string | null;
    hours: number | null;
    deliveryMode: 'ONLINE' | 'IN_PERSON' | 'HYBRID' | null;
    language: string | null;
    assessmentApproach: string | null;
    participationForm: string | null;
    qualityAssurance: string | null;
    creditValue: number | null;
    stackability: string | null;
    price: string | null;
    validityPeriod: string | null;
    issuerCountry: string | null;
    level: string | null;
  };
  /** Ordered as the design shows them (skills by creation, outcomes by position). */
  skills: SkillContent[];
  outcomes: OutcomeContent[];
}
