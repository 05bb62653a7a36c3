import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import type { WorkspaceDesign } from '../design-query';
import { makeDesign, ME, MockAnswer, mockClient, partProps, skill } from '../fields/test-design';

import { SkillsColumn } from './SkillsColumn';

const EMPLOYER_ME = { id: 'user-employer', displayName: 'Emma Employer', email: 'emma@aurora.com' };

const wiring = skill('s-wiring', 'Reads wiring diagrams', 'ESSENTIAL', {
  frameworkRef: {
    framework: 'ESCO',
    code: 'S1.2',
    label: 'read technical drawings',
    url: 'https://esco.ec.europa.eu/s1',
  },
});
const reports = skill('s-reports', 'Writes shift reports', 'NICE_TO_HAVE', {
  proposedBy: {
    id: 'user-lead',
    displayName: 'Lena Faculty',
    organization: { id: 'org-college', name: 'Northern Lights Polytechnic' },
  },
});

function renderSkills(
  design: WorkspaceDesign,
  me = ME,
  answer: (call: { operation: string; variables: Record<string, unknown> }) => MockAnswer = () => ({
    data: {},
  }),
) {
  const mock = mockClient(answer);
  const props = partProps(design, me);
  render(
    <Provider value={mock.client}>
      <SkillsColumn {...props} />
    </Provider>,
  );
  return { ...mock, props };
}

describe('SkillsColumn', () => {
  it('lists each skill with priority, framework reference, proposer, comments and who edits it', () => {
    const design = makeDesign({
      skills: [wiring, reports],
      comments: [
        {
          id: 'c1',
          targetType: 'SKILL',
          targetId: 's-wiring',
          body: 'Yes',
          parentId: null,
          resolved: false,
          createdAt: '',
          author: { id: 'u', displayName: 'U' },
          mentions: [],
        },
        {
          id: 'c2',
          targetType: 'SKILL',
          targetId: 's-wiring',
          body: 'Agreed',
          parentId: 'c1',
          resolved: false,
          createdAt: '',
          author: { id: 'u', displayName: 'U' },
          mentions: [],
        },
        {
          id: 'c3',
          targetType: 'OUTCOME',
          targetId: 's-wiring',
          body: 'Other target',
          parentId: null,
          resolved: false,
          createdAt: '',
          author: { id: 'u', displayName: 'U' },
          mentions: [],
        },
      ],
    });
    const mock = mockClient(() => ({ data: {} }));
    render(
      <Provider value={mock.client}>
        <SkillsColumn
          {...partProps(design)}
          presence={[
            {
              userId: 'user-employer',
              displayName: 'Emma Employer',
              role: 'EMPLOYER_PARTNER',
              focus: { targetType: 'SKILL', targetId: 's-wiring' },
            },
          ]}
        />
      </Provider>,
    );
    const region = screen.getByRole('region', { name: 'Skills' });
    const [first, second] = within(region).getAllByRole('article');
    expect(within(first).getByRole('heading', { name: 'Reads wiring diagrams' })).toBeTruthy();
    expect(within(first).getByText('Essential').closest('.ws-badge-essential')).toBeTruthy();
    const link = within(first).getByRole('link', { name: /ESCO S1\.2 — read technical drawings/ });
    expect(link.getAttribute('href')).toBe('https://esco.ec.europa.eu/s1');
    expect(first.textContent).toContain('Proposed by Emma Employer (Aurora Electric)');
    expect(first.textContent).toContain('2 comments');
    expect(within(first).getByTestId('focus-marker').textContent).toContain('Emma Employer is editing');

    expect(within(second).getByText('Nice to have')).toBeTruthy();
    expect(second.textContent).toContain('0 comments');
    expect(within(second).queryByTestId('focus-marker')).toBeNull();
  });

  it('offers the propose form exactly when the API says so (myPermissions), whatever the role', () => {
    const cases: Array<[WorkspaceDesign['myRole'], boolean]> = [
      ['EMPLOYER_PARTNER', true],
      ['LEAD', false],
      ['OBSERVER', true],
      ['OBSERVER', false],
    ];
    for (const [myRole, canProposeSkills] of cases) {
      const design = makeDesign({ myRole });
      const { unmount } = render(
        <Provider value={mockClient(() => ({ data: {} })).client}>
          <SkillsColumn
            {...partProps({ ...design, myPermissions: { ...design.myPermissions, canProposeSkills } })}
          />
        </Provider>,
      );
      expect([myRole, !!screen.queryByRole('button', { name: 'Propose skill' })]).toEqual([
        myRole,
        canProposeSkills,
      ]);
      unmount();
    }
  });

  it('proposes a skill with its priority and framework reference', async () => {
    const user = userEvent.setup();
    const { calls, props } = renderSkills(makeDesign({ myRole: 'EMPLOYER_PARTNER' }), EMPLOYER_ME, () => ({
      data: {
        proposeSkill: { id: 's-new', name: 'Reads wiring diagrams', priority: 'ESSENTIAL', version: 1 },
      },
    }));
    await user.type(screen.getByLabelText('Skill name'), '  Reads wiring diagrams ');
    await user.selectOptions(screen.getByLabelText('Priority'), 'ESSENTIAL');
    await user.type(screen.getByLabelText('Framework'), 'ESCO');
    await user.type(screen.getByLabelText('Code'), 'S1.2');
    await user.type(screen.getByLabelText('Label'), 'read technical drawings');
    await user.type(screen.getByLabelText('URL'), 'https://esco.ec.europa.eu/s1');
    await user.click(screen.getByRole('button', { name: 'Propose skill' }));

    expect(calls).toEqual([
      {
        operation: 'ProposeSkill',
        variables: {
          designId: 'design-1',
          input: {
            name: 'Reads wiring diagrams',
            priority: 'ESSENTIAL',
            frameworkRef: {
              framework: 'ESCO',
              code: 'S1.2',
              label: 'read technical drawings',
              url: 'https://esco.ec.europa.eu/s1',
            },
          },
        },
      },
    ]);
    expect(props.refresh).toHaveBeenCalled();
    expect((screen.getByLabelText('Skill name') as HTMLInputElement).value).toBe('');
    // The priority is back to its default, and focus back on the form for the next skill.
    expect((screen.getByLabelText('Priority') as HTMLSelectElement).value).not.toBe('ESSENTIAL');
    expect(document.activeElement).toBe(screen.getByLabelText('Skill name'));
    expect(screen.getByRole('status').textContent).toBe('Skill proposed.');
  });

  it('asks for framework and code together, before calling the API', async () => {
    const user = userEvent.setup();
    const { calls } = renderSkills(makeDesign());
    await user.type(screen.getByLabelText('Skill name'), 'Reads wiring diagrams');
    await user.type(screen.getByLabelText('Label'), 'read technical drawings');
    await user.click(screen.getByRole('button', { name: 'Propose skill' }));
    expect(calls).toHaveLength(0);
    expect(screen.getByLabelText('Framework').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Code').getAttribute('aria-invalid')).toBe('true');
  });

  it("lets a partner change only their own organization's skills", () => {
    renderSkills(makeDesign({ myRole: 'EMPLOYER_PARTNER', skills: [wiring, reports] }), EMPLOYER_ME);
    expect(screen.getByRole('button', { name: 'Edit skill Reads wiring diagrams' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove skill Reads wiring diagrams' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit skill Writes shift reports' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove skill Writes shift reports' })).toBeNull();
  });

  it("shows each skill's Edit and Remove as its myPermissions say, not as the role would", () => {
    const design = makeDesign({
      myRole: 'LEAD',
      skills: [
        { ...wiring, myPermissions: { canEdit: false, canRemove: false } },
        { ...reports, myPermissions: { canEdit: true, canRemove: false } },
      ],
    });
    renderSkills(design);
    expect(screen.queryByRole('button', { name: 'Edit skill Reads wiring diagrams' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove skill Reads wiring diagrams' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit skill Writes shift reports' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove skill Writes shift reports' })).toBeNull();
  });

  it('edits a skill; on CONFLICT "Keep mine" sends my change again on the new version', async () => {
    const user = userEvent.setup();
    const theirs = {
      id: 's-wiring',
      name: 'Reads wiring diagrams',
      description: 'Panels and schematics',
      priority: 'ESSENTIAL',
      frameworkRef: null,
      version: 2,
      proposedBy: { id: 'user-employer' },
    };
    const { calls, props } = renderSkills(makeDesign({ skills: [wiring] }), ME, ({ variables }) =>
      (variables['input'] as { expectedVersion: number }).expectedVersion === 1
        ? {
            error: {
              message: 'The skill changed since you loaded it',
              extensions: { code: 'CONFLICT', current: theirs },
            },
          }
        : { data: { updateSkill: { ...wiring, priority: 'IMPORTANT', version: 3 } } },
    );
    await user.click(screen.getByRole('button', { name: 'Edit skill Reads wiring diagrams' }));
    expect(props.setFocus).toHaveBeenLastCalledWith({ targetType: 'SKILL', targetId: 's-wiring' });
    const editor = screen.getByRole('form', { name: 'Edit skill' });
    expect((within(editor).getByLabelText('Name') as HTMLInputElement).value).toBe('Reads wiring diagrams');
    await user.selectOptions(within(editor).getByLabelText('Priority'), 'IMPORTANT');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog');
    const theirsSide = within(dialog).getByRole('region', { name: 'Theirs' });
    const mineSide = within(dialog).getByRole('region', { name: 'Mine' });
    expect(theirsSide.textContent).toContain('Essential');
    expect(mineSide.textContent).toContain('Important');
    // Their description stays in mine: only what I changed is mine.
    expect(mineSide.textContent).toContain('Panels and schematics');

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    expect(calls.map((c) => c.variables)).toEqual([
      { id: 's-wiring', input: { expectedVersion: 1, priority: 'IMPORTANT' } },
      { id: 's-wiring', input: { expectedVersion: 2, priority: 'IMPORTANT' } },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(props.setFocus).toHaveBeenLastCalledWith(null);
  });

  it('removes a skill after confirmation', async () => {
    const user = userEvent.setup();
    const { calls, props } = renderSkills(makeDesign({ skills: [wiring] }), ME, () => ({
      data: { removeSkill: true },
    }));
    await user.click(screen.getByRole('button', { name: 'Remove skill Reads wiring diagrams' }));
    expect(calls).toHaveLength(0);
    const confirm = screen.getByRole('group', { name: /Remove this skill\?/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' }));
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    expect(calls).toEqual([{ operation: 'RemoveSkill', variables: { id: 's-wiring' } }]);
    expect(props.refresh).toHaveBeenCalled();
  });
});
