import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import type { WorkspaceDesign } from '../design-query';
import { makeDesign, ME, MockAnswer, mockClient, outcome, partProps, skill } from '../fields/test-design';

import { OutcomesColumn } from './OutcomesColumn';

const wiring = skill('s-wiring', 'Reads wiring diagrams', 'ESSENTIAL');
const meters = skill('s-meters', 'Uses a multimeter', 'IMPORTANT');
const trace = outcome('o-trace', 2, 'Trace a fault through a wiring diagram', ['s-wiring', 's-meters'], {
  bloomLevel: 'ANALYZE',
  assessmentMethod: 'Practical exam',
});
const measure = outcome('o-measure', 1, 'Measure voltage safely', []);

function renderOutcomes(
  design: WorkspaceDesign,
  answer: (call: { operation: string; variables: Record<string, unknown> }) => MockAnswer = () => ({
    data: {},
  }),
) {
  const mock = mockClient(answer);
  const props = partProps(design, ME);
  render(
    <Provider value={mock.client}>
      <OutcomesColumn {...props} />
    </Provider>,
  );
  return { ...mock, props };
}

describe('OutcomesColumn', () => {
  it('offers adding, editing, moving and removing as myPermissions say, not as the role would', () => {
    const design = makeDesign({
      myRole: 'OBSERVER',
      skills: [wiring, meters],
      outcomes: [
        { ...measure, myPermissions: { canEdit: true, canRemove: true } },
        { ...trace, myPermissions: { canEdit: false, canRemove: false } },
      ],
    });
    renderOutcomes({ ...design, myPermissions: { ...design.myPermissions, canAddOutcomes: true } });
    for (const action of ['Edit outcome O1', 'Move outcome O1 down', 'Remove outcome O1'])
      expect(screen.getByRole('button', { name: action })).toBeTruthy();
    for (const action of ['Edit outcome O2', 'Move outcome O2 up', 'Remove outcome O2'])
      expect(screen.queryByRole('button', { name: action })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add outcome' })).toBeTruthy();
  });

  it('offers no add form where the API says no, even to the lead', () => {
    const design = makeDesign({ myRole: 'LEAD' });
    renderOutcomes({ ...design, myPermissions: { ...design.myPermissions, canAddOutcomes: false } });
    expect(screen.queryByRole('button', { name: 'Add outcome' })).toBeNull();
  });

  it('lists outcomes in order with Bloom level, assessment, covered skills and comments', () => {
    renderOutcomes(
      makeDesign({
        myRole: 'EMPLOYER_PARTNER',
        skills: [wiring, meters],
        outcomes: [trace, measure],
        comments: [
          {
            id: 'c1',
            targetType: 'OUTCOME',
            targetId: 'o-trace',
            body: 'Good',
            parentId: null,
            resolved: false,
            createdAt: '',
            author: { id: 'u', displayName: 'U' },
            mentions: [],
          },
        ],
      }),
    );
    const region = screen.getByRole('region', { name: 'Learning outcomes' });
    const items = within(region).getAllByRole('article');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Measure voltage safely',
      'Trace a fault through a wiring diagram',
    ]);
    expect(items[0].textContent).toContain('O1');
    expect(items[0].textContent).toContain('Covers no skill yet');
    expect(items[1].textContent).toContain('O2');
    expect(items[1].textContent).toContain('Bloom: Analyze');
    expect(items[1].textContent).toContain('Assessment: Practical exam');
    expect(
      within(items[1])
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Reads wiring diagrams', 'Uses a multimeter']);
    expect(items[1].textContent).toContain('1 comment');
    // Partners comment on outcomes; they neither add nor change them.
    expect(within(region).queryByRole('button', { name: 'Add outcome' })).toBeNull();
    expect(within(region).queryByRole('button', { name: /^Edit outcome/ })).toBeNull();
  });

  it('adds an outcome with its Bloom level and the skills it covers', async () => {
    const user = userEvent.setup();
    const { calls, props } = renderOutcomes(makeDesign({ skills: [wiring, meters] }), () => ({
      data: { addOutcome: { id: 'o-new', position: 1, version: 1 } },
    }));
    await user.type(screen.getByLabelText('Outcome statement'), 'Trace a fault through a wiring diagram');
    await user.selectOptions(screen.getByLabelText('Bloom level'), 'ANALYZE');
    await user.type(screen.getByLabelText('Assessment method'), 'Practical exam');
    await user.click(
      within(screen.getByRole('group', { name: 'Covers skills' })).getByLabelText('Reads wiring diagrams'),
    );
    await user.click(screen.getByRole('button', { name: 'Add outcome' }));

    expect(calls).toEqual([
      {
        operation: 'AddOutcome',
        variables: {
          designId: 'design-1',
          input: {
            statement: 'Trace a fault through a wiring diagram',
            bloomLevel: 'ANALYZE',
            assessmentMethod: 'Practical exam',
            skillIds: ['s-wiring'],
          },
        },
      },
    ]);
    expect(props.refresh).toHaveBeenCalled();
    expect((screen.getByLabelText('Outcome statement') as HTMLTextAreaElement).value).toBe('');
    expect((screen.getByLabelText('Reads wiring diagrams') as HTMLInputElement).checked).toBe(false);
    // The Bloom level is back to its default, and focus back on the form for the next outcome.
    expect((screen.getByLabelText('Bloom level') as HTMLSelectElement).value).toBe('APPLY');
    expect(document.activeElement).toBe(screen.getByLabelText('Outcome statement'));
  });

  it('moves an outcome up by naming its new position and version', async () => {
    const user = userEvent.setup();
    const { calls } = renderOutcomes(makeDesign({ skills: [wiring], outcomes: [trace, measure] }), () => ({
      data: { updateOutcome: { ...trace, position: 1, version: 2 } },
    }));
    expect((screen.getByRole('button', { name: 'Move outcome O1 up' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByRole('button', { name: 'Move outcome O2 down' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Move outcome O2 up' }));
    expect(calls).toEqual([
      {
        operation: 'UpdateOutcome',
        variables: { id: 'o-trace', input: { expectedVersion: 1, position: 1 } },
      },
    ]);
  });

  it('edits an outcome; on CONFLICT of a short field both versions show and "Keep mine" retries on the new version', async () => {
    const user = userEvent.setup();
    const theirs = {
      id: 'o-trace',
      statement: 'Trace faults in control panels',
      bloomLevel: 'EVALUATE',
      assessmentMethod: 'Practical exam',
      position: 2,
      version: 2,
      skillIds: ['s-meters', 's-wiring'],
    };
    const { calls, props } = renderOutcomes(
      makeDesign({ skills: [wiring, meters], outcomes: [trace, measure] }),
      ({ variables }) =>
        (variables['input'] as { expectedVersion: number }).expectedVersion === 1
          ? {
              error: {
                message: 'The outcome changed since you loaded it',
                extensions: { code: 'CONFLICT', current: theirs },
              },
            }
          : { data: { updateOutcome: { ...trace, version: 3 } } },
    );
    await user.click(screen.getByRole('button', { name: 'Edit outcome O2' }));
    expect(props.setFocus).toHaveBeenLastCalledWith({ targetType: 'OUTCOME', targetId: 'o-trace' });
    const editor = screen.getByRole('form', { name: 'Edit outcome O2' });
    await user.click(within(editor).getByLabelText('Uses a multimeter'));
    await user.click(within(editor).getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('region', { name: 'Theirs' }).textContent).toContain('Evaluate');
    const mine = within(dialog).getByRole('region', { name: 'Mine' }).textContent ?? '';
    expect(mine).toContain('Evaluate');
    expect(mine).not.toContain('Uses a multimeter');

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    const mineInput = { skillIds: ['s-wiring'] };
    expect(calls.map((c) => c.variables)).toEqual([
      { id: 'o-trace', input: { expectedVersion: 1, ...mineInput } },
      { id: 'o-trace', input: { expectedVersion: 2, ...mineInput } },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(props.setFocus).toHaveBeenLastCalledWith(null);
  });

  it('removes an outcome after confirmation', async () => {
    const user = userEvent.setup();
    const { calls } = renderOutcomes(makeDesign({ outcomes: [measure] }), () => ({
      data: { removeOutcome: true },
    }));
    await user.click(screen.getByRole('button', { name: 'Remove outcome O1' }));
    await user.click(
      within(screen.getByRole('group', { name: /Remove this outcome\?/ })).getByRole('button', {
        name: 'Remove',
      }),
    );
    expect(calls).toEqual([{ operation: 'RemoveOutcome', variables: { id: 'o-measure' } }]);
  });
});

describe('OutcomesColumn: outcome issues', () => {
  it('shows on each card the issues the API answers, and none where it answers none', () => {
    const vague = outcome('o-vague', 1, 'Understand wiring diagrams', [], {
      bloomLevel: 'UNDERSTAND',
      issues: [{ code: 'VAGUE_VERB', message: '“understand” is vague: it cannot be observed or assessed.' }],
    });
    renderOutcomes(makeDesign({ outcomes: [vague, { ...measure, position: 2 }] }));
    const [first, second] = screen.getAllByRole('article');
    expect(within(first!).getByRole('list', { name: 'Outcome issues' }).textContent).toBe(
      'Vague verb: “understand” is vague: it cannot be observed or assessed.',
    );
    expect(within(second!).queryByRole('list', { name: 'Outcome issues' })).toBeNull();
  });

  it('checks the statement as it is typed and offers the verbs that fit the declared level', async () => {
    const user = userEvent.setup();
    renderOutcomes(makeDesign({ skills: [wiring] }));
    const form = screen.getByRole('form', { name: 'Add a learning outcome' });
    const statement = screen.getByLabelText('Outcome statement');
    const issues = () => within(form).queryByRole('list', { name: 'Outcome issues' })?.textContent ?? null;
    const hint = () => form.querySelector('.ws-verb-hint')?.textContent;

    // Nothing typed: no issue yet, but the hint for the default level.
    expect(issues()).toBeNull();
    expect(hint()).toBe(
      'Verbs that fit Apply: apply, use, implement, execute, demonstrate, solve, calculate, compute',
    );

    await user.type(statement, 'Understand SQL joins');
    expect(issues()).toMatch(/^Vague verb: “understand” is vague/);

    await user.clear(statement);
    await user.type(statement, 'List the stages of a data pipeline');
    await user.selectOptions(screen.getByLabelText('Bloom level'), 'CREATE');
    expect(issues()).toMatch(/^Verb does not fit the level: “list” fits Remember, not Create\./);
    expect(hint()).toMatch(/^Verbs that fit Create: design, construct, develop/);

    await user.selectOptions(screen.getByLabelText('Bloom level'), 'REMEMBER');
    expect(issues()).toBeNull();
    expect(hint()).toMatch(/^Verbs that fit Remember: list, recall, define/);

    await user.clear(statement);
    await user.type(statement, 'SQL joins');
    expect(issues()).toMatch(/^No action verb: /);
    // The statement's description includes the check, so a screen reader hears it with the field.
    const described = statement.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'No action verb',
    );
  });
});
