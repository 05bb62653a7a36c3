// Design contents the export tests build from: one with every field, reference and alignment set,
// and one with nothing optional.
import type { DesignContent } from '../../snapshots/design-content';

export const DESIGN_ID = '5b1f0c2e-8d4a-4c6e-9f3b-2a7d1e0c9b11';
export const INSTITUTION_ID = 'a0c3e5f7-1b2d-4e6f-8a9b-0c1d2e3f4a5b';

export const SKILL = {
  modelling: 'skill-1-modelling',
  pipelines: 'skill-2-pipelines',
  privacy: 'skill-3-privacy',
  itBasics: 'skill-4-it-basics',
} as const;

export function fullDesign(): DesignContent {
  return {
    id: DESIGN_ID,
    revision: 7,
    stage: 'APPROVED',
    institution: { id: INSTITUTION_ID, name: 'Northfield University' },
    fields: {
      title: 'Applied Data Engineering',
      summary: 'Build and run reliable data pipelines for a business.',
      sector: 'Information technology',
      targetLearners: 'Analysts moving into engineering roles',
      prerequisites: 'SQL basics',
      hours: 60,
      deliveryMode: 'HYBRID',
      language: 'en',
      assessmentApproach: 'Portfolio and a final project',
      participationForm: 'Part-time',
      qualityAssurance: 'Reviewed by the faculty board',
      creditValue: 3,
      stackability: 'Counts towards the data certificate',
      price: 'EUR 900',
      validityPeriod: '3 years',
      issuerCountry: 'CA-BC',
      level: 'BCQF 3',
    },
    skills: [
      {
        id: SKILL.modelling,
        name: 'Data modelling',
        description: 'Design relational and dimensional models.',
        priority: 'ESSENTIAL',
        frameworkRef: {
          framework: 'ESCO',
          code: 'S1.2.3',
          label: 'design database schemas',
          url: 'http://data.europa.eu/esco/skill/0a1b2c3d',
        },
        proposedBy: { id: 'user-1', displayName: 'Ada Employer', organization: 'Acme Logistics' },
      },
      {
        id: SKILL.pipelines,
        name: 'Pipeline orchestration',
        description: null,
        priority: 'IMPORTANT',
        frameworkRef: { framework: 'SFIA 8', code: 'DENG/4', label: null, url: null },
        proposedBy: { id: 'user-2', displayName: 'Ben Faculty', organization: 'Northfield University' },
      },
      {
        id: SKILL.privacy,
        name: 'Data privacy',
        description: 'Apply GDPR to data flows.',
        priority: 'ESSENTIAL',
        frameworkRef: null,
        proposedBy: { id: 'user-1', displayName: 'Ada Employer', organization: 'Acme Logistics' },
      },
      {
        id: SKILL.itBasics,
        name: 'Information Technology',
        description: null,
        priority: 'NICE_TO_HAVE',
        frameworkRef: null,
        proposedBy: { id: 'user-3', displayName: 'Cleo Committee', organization: 'Northfield University' },
      },
    ],
    // Listed out of position order on purpose: exports must order by position.
    outcomes: [
      {
        id: 'outcome-b',
        statement: 'Orchestrate a pipeline that recovers from failures.',
        bloomLevel: 'CREATE',
        assessmentMethod: 'Final project',
        position: 2,
        skillIds: [SKILL.pipelines],
      },
      {
        id: 'outcome-a',
        statement: 'Design a dimensional model for a sales domain.',
        bloomLevel: 'APPLY',
        assessmentMethod: null,
        position: 1,
        skillIds: [SKILL.modelling, SKILL.itBasics],
      },
    ],
  };
}

export function minimalDesign(): DesignContent {
  return {
    id: DESIGN_ID,
    revision: 1,
    stage: 'APPROVED',
    institution: { id: INSTITUTION_ID, name: 'Northfield University' },
    fields: {
      title: 'Spreadsheet Essentials',
      summary: null,
      sector: null,
      targetLearners: null,
      prerequisites: null,
      hours: null,
      deliveryMode: null,
      language: null,
      assessmentApproach: null,
      participationForm: null,
      qualityAssurance: null,
      creditValue: null,
      stackability: null,
      price: null,
      validityPeriod: null,
      issuerCountry: null,
      level: null,
    },
    skills: [
      {
        id: 'skill-formulas',
        name: 'Formulas',
        description: null,
        priority: 'ESSENTIAL',
        frameworkRef: null,
        proposedBy: { id: 'user-2', displayName: 'Ben Faculty', organization: 'Northfield University' },
      },
    ],
    outcomes: [
      {
        id: 'outcome-formulas',
        statement: 'Write formulas that reference other sheets.',
        bloomLevel: 'APPLY',
        assessmentMethod: null,
        position: 1,
        skillIds: ['skill-formulas'],
      },
    ],
  };
}
