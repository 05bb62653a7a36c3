import type { DesignContent } from '@mc/designs';

import { diffDesignContent } from './snapshot-diff';

const base: DesignContent = {
  id: 'd',
  revision: 3,
  stage: 'COMMITTEE_REVIEW',
  institution: { id: 'i', name: 'College' },
  fields: {
    title: 'Welding',
    summary: null,
    sector: 'Trades',
    targetLearners: null,
    prerequisites: null,
    hours: 20,
    deliveryMode: 'HYBRID',
    language: 'en',
    assessmentApproach: null,
    participationForm: null,
    qualityAssurance: null,
    creditValue: null,
    stackability: null,
    price: null,
    validityPeriod: null,
    issuerCountry: 'CA-BC',
    level: null,
  },
  skills: [
    {
      id: 's1',
      name: 'MIG welding',
      description: null,
      priority: 'ESSENTIAL',
      frameworkRef: null,
      proposedBy: { id: 'u', displayName: 'U', organization: 'E' },
    },
  ],
  outcomes: [
    {
      id: 'o1',
      statement: 'Weld a joint',
      bloomLevel: 'APPLY',
      assessmentMethod: null,
      position: 1,
      skillIds: ['s1'],
    },
  ],
};

describe('diffDesignContent', () => {
  it('finds nothing between identical contents', () => {
    expect(diffDesignContent(base, structuredClone(base))).toEqual([]);
  });

  it('names each changed field, item property, added and removed item by path', () => {
    const after = structuredClone(base);
    after.fields.hours = 24;
    after.outcomes[0]!.statement = 'Weld a butt joint to code';
    after.outcomes[0]!.skillIds = [];
    after.skills.push({
      id: 's2',
      name: 'Blueprint reading',
      description: null,
      priority: 'IMPORTANT',
      frameworkRef: null,
      proposedBy: { id: 'u', displayName: 'U', organization: 'E' },
    });
    const removed = structuredClone(base);
    removed.outcomes = [];

    expect(diffDesignContent(base, after)).toEqual([
      { path: 'hours', before: 20, after: 24 },
      { path: 'skills[s2]', before: null, after: after.skills[1] },
      { path: 'outcomes[o1].statement', before: 'Weld a joint', after: 'Weld a butt joint to code' },
      { path: 'outcomes[o1].skillIds', before: ['s1'], after: [] },
    ]);
    expect(diffDesignContent(base, removed)).toEqual([
      { path: 'outcomes[o1]', before: base.outcomes[0], after: null },
    ]);
  });
});
