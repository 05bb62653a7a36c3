import { DesignRole } from '@mc/designs';

import { DecisionKind } from '../decisions/decision.entity';

import { EndorsementFacts, standingEndorsements } from './standing-endorsements';

const ACME = { organizationId: 'org-acme', organizationName: 'Acme Electric' };
const BRIGHT = { organizationId: 'org-bright', organizationName: 'Bright Community' };
const COLLEGE = { organizationId: 'org-college', organizationName: 'College' };

const participants: EndorsementFacts['participants'] = [
  { userId: 'ann', role: DesignRole.EMPLOYER_PARTNER, ...ACME },
  { userId: 'abe', role: DesignRole.EMPLOYER_PARTNER, ...ACME },
  { userId: 'bea', role: DesignRole.EMPLOYER_PARTNER, ...BRIGHT },
  { userId: 'oli', role: DesignRole.OBSERVER, ...ACME },
  { userId: 'cem', role: DesignRole.COMMITTEE_MEMBER, ...COLLEGE },
];

let sequence = 0;
function decision(
  userId: string,
  kind: DecisionKind,
  options: { revision?: number; at?: number; note?: string } = {},
) {
  sequence += 1;
  return {
    id: `d${sequence}`,
    userId,
    kind,
    revision: options.revision ?? 3,
    note: options.note ?? null,
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, options.at ?? sequence)),
  };
}

const endorsing = (decisions: EndorsementFacts['decisions']) =>
  standingEndorsements({ revision: 3, participants, decisions }).map((e) => e.organization.name);

describe('standingEndorsements', () => {
  it('one entry per partner organization whose ENDORSE stands on the current revision, by name', () => {
    expect(
      endorsing([
        decision('bea', DecisionKind.ENDORSE),
        decision('ann', DecisionKind.ENDORSE),
        decision('abe', DecisionKind.ENDORSE),
      ]),
    ).toEqual(['Acme Electric', 'Bright Community']);
  });

  it('an endorsement of an older revision does not count', () => {
    expect(endorsing([decision('ann', DecisionKind.ENDORSE, { revision: 2 })])).toEqual([]);
  });

  it('a REQUEST_CHANGES does not count', () => {
    expect(
      endorsing([decision('ann', DecisionKind.REQUEST_CHANGES), decision('bea', DecisionKind.ENDORSE)]),
    ).toEqual(['Bright Community']);
  });

  it('an organization endorses when one of its partners does, whatever the others decided', () => {
    expect(
      endorsing([decision('ann', DecisionKind.REQUEST_CHANGES), decision('abe', DecisionKind.ENDORSE)]),
    ).toEqual(['Acme Electric']);
  });

  it('decisions of people who are not partners of the design do not count', () => {
    expect(
      endorsing([
        decision('oli', DecisionKind.ENDORSE),
        decision('cem', DecisionKind.ENDORSE),
        decision('gone', DecisionKind.ENDORSE),
      ]),
    ).toEqual([]);
  });

  it("carries the organization's first endorsement: its id, note and time", () => {
    const later = decision('abe', DecisionKind.ENDORSE, { at: 50, note: 'Second' });
    const first = decision('ann', DecisionKind.ENDORSE, { at: 10, note: 'First' });
    const [acme] = standingEndorsements({ revision: 3, participants, decisions: [later, first] });
    expect(acme).toEqual({
      organization: { id: 'org-acme', name: 'Acme Electric' },
      decision: { id: first.id, note: 'First', recordedAt: first.updatedAt },
    });
  });
});
