/** The demo workspace, built through the public GraphQL API (see seed.ts). */

export const SEED_DOMAIN = 'demo.microcred.example';

export interface DemoPerson {
  email: string;
  password: string;
  description: string;
}

interface Session {
  token: string;
  userId: string;
}

type Gql = <T>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

function client(url: string): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    if (body.errors?.length || !body.data) {
      const error = new Error(
        body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') ?? 'no data',
      );
      (error as Error & { code?: string }).code = body.errors?.[0]?.extensions?.code;
      throw error;
    }
    return body.data;
  };
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }`;
const INVITE_ORG = `mutation($email: String!, $orgRole: OrgRole!) { inviteToOrganization(email: $email, orgRole: $orgRole) { token } }`;
const CREATE_DESIGN = `mutation($input: CreateDesignInput!) { createDesign(input: $input) { id version } }`;
const UPDATE_DESIGN = `mutation($id: ID!, $input: UpdateDesignInput!) { updateDesign(id: $id, input: $input) { id } }`;
const INVITE_DESIGN = `mutation($designId: ID!, $email: String!, $role: DesignRole!) { inviteToDesign(designId: $designId, email: $email, role: $role) { token } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { id } }`;
const PROPOSE = `mutation($designId: ID!, $input: ProposeSkillInput!) { proposeSkill(designId: $designId, input: $input) { id } }`;
const ADD_OUTCOME = `mutation($designId: ID!, $input: AddOutcomeInput!) { addOutcome(designId: $designId, input: $input) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const RESOLVE = `mutation($id: ID!) { resolveComment(id: $id, resolved: true) { id } }`;

/** Creates the demo, or answers `already-seeded` when its institution lead already exists. */
export async function seedDemo(
  url: string,
  newPassword: () => string,
): Promise<'already-seeded' | { people: DemoPerson[]; designs: string[] }> {
  const gql = client(url);
  const people: DemoPerson[] = [];
  const email = (name: string) => `${name}@${SEED_DOMAIN}`;

  const found = async (
    name: string,
    displayName: string,
    organization: { name: string; kind: string },
    description: string,
  ) => {
    const password = newPassword();
    const { signUp } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(SIGN_UP, {
      input: { email: email(name), password, displayName, organization },
    });
    people.push({ email: email(name), password, description });
    return { token: signUp.accessToken, userId: signUp.user.id };
  };
  const join = async (admin: Session, name: string, displayName: string, description: string) => {
    const { inviteToOrganization } = await gql<{ inviteToOrganization: { token: string } }>(
      INVITE_ORG,
      { email: email(name), orgRole: 'MEMBER' },
      admin.token,
    );
    const password = newPassword();
    const { signUp } = await gql<{ signUp: { accessToken: string; user: { id: string } } }>(SIGN_UP, {
      input: {
        email: email(name),
        password,
        displayName,
        organizationInvitationToken: inviteToOrganization.token,
      },
    });
    people.push({ email: email(name), password, description });
    return { token: signUp.accessToken, userId: signUp.user.id };
  };

  let lead: Session;
  try {
    lead = await found(
      'lead',
      'Maya Thompson',
      { name: 'Northern Lights Polytechnic', kind: 'POST_SECONDARY' },
      'design lead, admin of Northern Lights Polytechnic',
    );
  } catch (error) {
    if ((error as { code?: string }).code === 'CONFLICT') return 'already-seeded';
    throw error;
  }
  const faculty = await join(lead, 'faculty', 'Daniel Okafor', 'faculty, Northern Lights Polytechnic');
  const committee = [
    await join(lead, 'committee1', 'Priya Raman', 'program committee member'),
    await join(lead, 'committee2', 'Luc Gagnon', 'program committee member'),
    await join(lead, 'committee3', 'Grace Whitehorse', 'program committee member'),
  ];
  const energy = await found(
    'energy',
    'Sam Keller',
    { name: 'Peace Valley Energy Co-op', kind: 'EMPLOYER' },
    'employer partner',
  );
  const health = await found(
    'health',
    'Ana Ruiz',
    { name: 'North Coast Health Services', kind: 'EMPLOYER' },
    'employer partner',
  );
  const community = await found(
    'community',
    'Joseph Daniels',
    { name: 'Riverbend First Nation Education Society', kind: 'COMMUNITY' },
    'community partner',
  );

  const invite = async (designId: string, who: Session, name: string, role: string) => {
    const { inviteToDesign } = await gql<{ inviteToDesign: { token: string } }>(
      INVITE_DESIGN,
      { designId, email: email(name), role },
      lead.token,
    );
    await gql(ACCEPT, { token: inviteToDesign.token }, who.token);
  };
  const skill = async (designId: string, who: Session, input: Record<string, unknown>) =>
    (await gql<{ proposeSkill: { id: string } }>(PROPOSE, { designId, input }, who.token)).proposeSkill.id;
  const outcome = async (designId: string, input: Record<string, unknown>) =>
    (await gql<{ addOutcome: { id: string } }>(ADD_OUTCOME, { designId, input }, faculty.token)).addOutcome
      .id;
  const comment = async (who: Session, input: Record<string, unknown>) =>
    (await gql<{ addComment: { id: string } }>(COMMENT, { input }, who.token)).addComment.id;

  // Design 1: grid-scale battery maintenance, well under way.
  const { createDesign: battery } = await gql<{ createDesign: { id: string; version: number } }>(
    CREATE_DESIGN,
    {
      input: {
        title: 'Battery Energy Storage Systems: Safe Maintenance',
        summary: 'A 40-hour micro-credential for electricians moving into grid-scale battery storage sites.',
        sector: 'Energy',
        hours: 40,
        deliveryMode: 'HYBRID',
      },
    },
    lead.token,
  );
  await gql(
    UPDATE_DESIGN,
    {
      id: battery.id,
      input: {
        expectedVersion: battery.version,
        targetLearners: 'Journeyperson electricians and industrial mechanics',
        prerequisites: 'Red Seal electrician or equivalent experience',
        language: 'en-CA',
        assessmentApproach: 'Supervised practical assessment on a training rig, plus a written safety exam',
        participationForm: 'Supervised, identity checked',
        creditValue: 3,
        stackability: 'Counts toward the Advanced Certificate in Renewable Energy Technology',
      },
    },
    lead.token,
  );
  await invite(battery.id, faculty, 'faculty', 'FACULTY');
  await invite(battery.id, energy, 'energy', 'EMPLOYER_PARTNER');
  await invite(battery.id, community, 'community', 'EMPLOYER_PARTNER');
  for (const [i, member] of committee.entries())
    await invite(battery.id, member, `committee${i + 1}`, 'COMMITTEE_MEMBER');

  const isolation = await skill(battery.id, energy, {
    name: 'Lock-out / tag-out of battery racks',
    priority: 'ESSENTIAL',
    frameworkRef: { framework: 'ESCO', code: 'S3.1.2', label: 'apply safety procedures', url: null },
  });
  const thermal = await skill(battery.id, energy, {
    name: 'Thermal runaway response',
    description: 'Recognise early signs and act on the site emergency plan.',
    priority: 'ESSENTIAL',
  });
  const bms = await skill(battery.id, energy, {
    name: 'Reading battery management system alarms',
    priority: 'IMPORTANT',
    frameworkRef: { framework: 'NOC', code: '72201', label: 'Industrial electricians' },
  });
  await skill(battery.id, community, {
    name: 'Working respectfully on First Nations land',
    description: 'Site protocols agreed with the host Nation.',
    priority: 'IMPORTANT',
  });
  const o1 = await outcome(battery.id, {
    statement: 'Apply lock-out/tag-out procedures to isolate a battery rack safely.',
    bloomLevel: 'APPLY',
    assessmentMethod: 'Observed practical on the training rig',
    skillIds: [isolation],
  });
  await outcome(battery.id, {
    statement: 'Interpret battery management system alarms and choose the right response.',
    bloomLevel: 'ANALYZE',
    assessmentMethod: 'Scenario-based written exam',
    skillIds: [bms],
  });
  const thread = await comment(energy, {
    designId: battery.id,
    targetType: 'SKILL',
    targetId: thermal,
    body: '@Daniel Okafor no outcome covers thermal runaway yet; it is the one our crews need most.',
  });
  await comment(faculty, {
    designId: battery.id,
    targetType: 'SKILL',
    targetId: thermal,
    parentId: thread,
    body: '@Sam Keller agreed. I will draft an outcome with a tabletop exercise this week.',
  });
  const done = await comment(lead, {
    designId: battery.id,
    targetType: 'OUTCOME',
    targetId: o1,
    body: 'Can we name the standard (CSA Z462) in the statement?',
  });
  await gql(RESOLVE, { id: done }, faculty.token);
  await comment(community, {
    designId: battery.id,
    targetType: 'DESIGN',
    targetId: battery.id,
    body: 'Our Nation would like two seats reserved for community members in the first intake.',
  });

  // Design 2: community health data, just started.
  const { createDesign: health1 } = await gql<{ createDesign: { id: string } }>(
    CREATE_DESIGN,
    {
      input: {
        title: 'Privacy-Aware Health Data Entry',
        summary: 'Short online credential for clinic and community health staff handling patient records.',
        sector: 'Health care',
        hours: 12,
        deliveryMode: 'ONLINE',
      },
    },
    lead.token,
  );
  await invite(health1.id, faculty, 'faculty', 'FACULTY');
  await invite(health1.id, health, 'health', 'EMPLOYER_PARTNER');
  await invite(health1.id, committee[0] as Session, 'committee1', 'OBSERVER');
  const privacy = await skill(health1.id, health, {
    name: 'Apply provincial health privacy law to daily record keeping',
    priority: 'ESSENTIAL',
    frameworkRef: { framework: 'O*NET', code: '29-2072.00', label: 'Medical Records Specialists' },
  });
  await skill(health1.id, health, { name: 'Accurate data entry under time pressure', priority: 'IMPORTANT' });
  await outcome(health1.id, {
    statement: 'Explain which patient information may be shared, with whom, and why.',
    bloomLevel: 'UNDERSTAND',
    skillIds: [privacy],
  });
  await comment(health, {
    designId: health1.id,
    targetType: 'DESIGN',
    targetId: health1.id,
    body: '@faculty could the assessment use our de-identified sample records?',
  });

  return {
    people,
    designs: ['Battery Energy Storage Systems: Safe Maintenance', 'Privacy-Aware Health Data Entry'],
  };
}
