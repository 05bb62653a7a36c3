import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import type { WorkspaceDesign } from '../design-query';

import { DesignFields } from './DesignFields';
import { makeDesign, MockAnswer, mockClient, partProps } from './test-design';

function renderFields(design: WorkspaceDesign, answer: Parameters<typeof mockClient>[0]) {
  const mock = mockClient(answer);
  const props = partProps(design);
  const { unmount } = render(
    <Provider value={mock.client}>
      <DesignFields {...props} />
    </Provider>,
  );
  return { ...mock, props, unmount };
}

const saved = (title: string, version: number): MockAnswer => ({
  data: { updateDesign: { ...makeDesign(), title, version, revision: version } },
});

describe('DesignFields', () => {
  it('shows every field of the design record, with Edit buttons only for those who may edit', () => {
    const design = makeDesign({ myRole: 'EMPLOYER_PARTNER' });
    renderFields(design, () => saved('x', 1));
    const record = screen.getByRole('region', { name: 'Design record' });
    const sections: Record<string, string[]> = {
      'About the credential': [
        'Title',
        'Summary',
        'Sector',
        'Target learners',
        'Prerequisites',
        'Language',
        'Country or region of the issuer',
        'Level',
      ],
      Delivery: ['Hours of learning', 'Delivery mode', 'Form of participation', 'Price'],
      'Assessment and recognition': [
        'Assessment approach',
        'Quality assurance body',
        'Credit value',
        'Stackability',
        'Validity period',
      ],
    };
    for (const [title, labels] of Object.entries(sections)) {
      const section = within(record).getByRole('region', { name: title });
      for (const label of labels) expect(within(section).getByText(label)).toBeTruthy();
    }
    expect(within(record).getByText('Hybrid')).toBeTruthy();
    expect(within(record).queryByRole('button', { name: /^Edit/ })).toBeNull();
  });

  it('offers Edit as myPermissions.canEdit says, not as the role would', () => {
    const refused = makeDesign({ myRole: 'LEAD' });
    const { unmount } = render(
      <Provider value={mockClient(() => saved('x', 1)).client}>
        <DesignFields
          {...partProps({ ...refused, myPermissions: { ...refused.myPermissions, canEdit: false } })}
        />
      </Provider>,
    );
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    unmount();
    const allowed = makeDesign({ myRole: 'OBSERVER' });
    renderFields({ ...allowed, myPermissions: { ...allowed.myPermissions, canEdit: true } }, () =>
      saved('x', 1),
    );
    expect(screen.getByRole('button', { name: 'Edit Title' })).toBeTruthy();
  });

  it('a kept draft comes back with the version it was typed against: a change made meanwhile still conflicts', async () => {
    const user = userEvent.setup();
    const first = renderFields(makeDesign(), () => saved('x', 4));
    await user.click(screen.getByRole('button', { name: 'Edit Sector' }));
    await user.clear(screen.getByLabelText('Sector'));
    await user.type(screen.getByLabelText('Sector'), 'Utilities');
    first.unmount(); // the session expired with the editor open

    // Meanwhile someone else changed the same field: the design is at version 5.
    const later = { ...makeDesign(), sector: 'Mining', version: 5 };
    const { calls } = renderFields(later, () => saved('x', 6));
    // The editor opens again by itself, with what was typed.
    expect((screen.getByLabelText('Sector') as HTMLInputElement).value).toBe('Utilities');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(calls.at(-1)?.variables).toEqual({
      id: 'design-1',
      input: { expectedVersion: 3, sector: 'Utilities' },
    });
  });

  it('saves a field with the version it was based on, and tells the others while editing', async () => {
    const user = userEvent.setup();
    const { calls, props } = renderFields(makeDesign(), () => saved('Troubleshooting', 4));
    await user.click(screen.getByRole('button', { name: 'Edit Sector' }));
    expect(props.setFocus).toHaveBeenLastCalledWith({ targetType: 'DESIGN', targetId: 'design-1' });
    const input = screen.getByLabelText('Sector');
    expect(document.activeElement).toBe(input);
    await user.clear(input);
    await user.type(input, 'Utilities');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(calls).toEqual([
      {
        operation: 'UpdateDesignField',
        variables: { id: 'design-1', input: { expectedVersion: 3, sector: 'Utilities' } },
      },
    ]);
    expect(props.refresh).toHaveBeenCalled();
    expect(props.setFocus).toHaveBeenLastCalledWith(null);
    expect(screen.queryByLabelText('Sector')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Sector' }));
  });

  it('opens the conflict dialog on CONFLICT, and "Keep mine" saves mine again on the new version', async () => {
    const user = userEvent.setup();
    const theirs = { ...makeDesign(), title: 'Electrical Troubleshooting for Industry', version: 4 };
    const { calls, props } = renderFields(makeDesign(), ({ variables }) =>
      (variables['input'] as { expectedVersion: number }).expectedVersion === 3
        ? {
            error: {
              message: 'The design changed since you loaded it',
              extensions: { code: 'CONFLICT', current: theirs },
            },
          }
        : saved('Industrial Electrical Troubleshooting II', 5),
    );

    await user.click(screen.getByRole('button', { name: 'Edit Title' }));
    const input = screen.getByLabelText('Title');
    await user.clear(input);
    await user.type(input, 'Industrial Electrical Troubleshooting II');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: /Title changed/ });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(
      within(within(dialog).getByRole('region', { name: 'Theirs' })).getByText(theirs.title),
    ).toBeTruthy();
    expect(
      within(within(dialog).getByRole('region', { name: 'Mine' })).getByText(
        'Industrial Electrical Troubleshooting II',
      ),
    ).toBeTruthy();
    expect(props.refresh).toHaveBeenCalledTimes(1);

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    expect(calls.map((c) => c.variables)).toEqual([
      { id: 'design-1', input: { expectedVersion: 3, title: 'Industrial Electrical Troubleshooting II' } },
      { id: 'design-1', input: { expectedVersion: 4, title: 'Industrial Electrical Troubleshooting II' } },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByLabelText('Title')).toBeNull();
    expect(props.refresh).toHaveBeenCalledTimes(2);
    expect(props.setFocus).toHaveBeenLastCalledWith(null);
  });

  it('the conflict dialog names whose change "Theirs" is, as the API says', async () => {
    const user = userEvent.setup();
    const theirs = { ...makeDesign(), title: 'Electrical Troubleshooting for Industry', version: 4 };
    renderFields(makeDesign(), () => ({
      error: {
        message: 'Someone else changed title of this design since you loaded it',
        extensions: {
          code: 'CONFLICT',
          current: theirs,
          changedBy: [
            { id: 'user-ana', displayName: 'Ana Partner' },
            { id: 'user-ben', displayName: 'Ben Faculty' },
          ],
        },
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Edit Title' }));
    await user.type(screen.getByLabelText('Title'), ' II');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /Title changed/ });
    expect(
      within(within(dialog).getByRole('region', { name: 'Theirs' })).getByRole('heading', {
        name: 'Theirs, saved by Ana Partner and Ben Faculty',
      }),
    ).toBeTruthy();
  });

  it('a CONFLICT that left my field as I found it (my own save a moment ago) saves mine again, no dialog', async () => {
    const user = userEvent.setup();
    // Version 4 changed the summary only (the save just before this one): the sector is as I found it.
    const theirs = { ...makeDesign(), summary: 'A new summary', version: 4 };
    const { calls, props } = renderFields(makeDesign(), ({ variables }) =>
      (variables['input'] as { expectedVersion: number }).expectedVersion === 3
        ? {
            error: {
              message: 'The design changed since you loaded it',
              extensions: { code: 'CONFLICT', current: theirs },
            },
          }
        : saved('x', 5),
    );
    await user.click(screen.getByRole('button', { name: 'Edit Sector' }));
    await user.clear(screen.getByLabelText('Sector'));
    await user.type(screen.getByLabelText('Sector'), 'Utilities');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(calls.map((c) => c.variables)).toEqual([
      { id: 'design-1', input: { expectedVersion: 3, sector: 'Utilities' } },
      { id: 'design-1', input: { expectedVersion: 4, sector: 'Utilities' } },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByLabelText('Sector')).toBeNull();
    expect(props.refresh).toHaveBeenCalled();
  });

  it('saves again only once: a second CONFLICT opens the dialog', async () => {
    const user = userEvent.setup();
    let version = 3;
    const { calls } = renderFields(makeDesign(), () => {
      version += 1;
      return {
        error: {
          message: 'The design changed since you loaded it',
          extensions: { code: 'CONFLICT', current: { ...makeDesign(), summary: `S${version}`, version } },
        },
      };
    });
    await user.click(screen.getByRole('button', { name: 'Edit Sector' }));
    await user.clear(screen.getByLabelText('Sector'));
    await user.type(screen.getByLabelText('Sector'), 'Utilities');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog', { name: /Sector changed/ });
    expect(calls).toHaveLength(2);
  });

  it('"Take theirs" drops mine without saving it', async () => {
    const user = userEvent.setup();
    const theirs = { ...makeDesign(), sector: 'Mining', version: 4 };
    const { calls } = renderFields(makeDesign(), () => ({
      error: {
        message: 'The design changed since you loaded it',
        extensions: { code: 'CONFLICT', current: theirs },
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Edit Sector' }));
    await user.clear(screen.getByLabelText('Sector'));
    await user.type(screen.getByLabelText('Sector'), 'Utilities');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Take theirs' }));
    expect(calls).toHaveLength(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByLabelText('Sector')).toBeNull();
  });

  it('Escape in the dialog keeps what I typed in the editor', async () => {
    const user = userEvent.setup();
    const theirs = { ...makeDesign(), sector: 'Mining', version: 4 };
    renderFields(makeDesign(), () => ({
      error: {
        message: 'The design changed since you loaded it',
        extensions: { code: 'CONFLICT', current: theirs },
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Edit Sector' }));
    await user.clear(screen.getByLabelText('Sector'));
    await user.type(screen.getByLabelText('Sector'), 'Utilities');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((screen.getByLabelText('Sector') as HTMLInputElement).value).toBe('Utilities');
  });

  it('shows the field messages of BAD_USER_INPUT at the input', async () => {
    const user = userEvent.setup();
    renderFields(makeDesign(), () => ({
      error: {
        message: 'Invalid input: input.language',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.language', message: 'must be a language tag such as en or fr-CA' }],
        },
      },
    }));
    await user.click(screen.getByRole('button', { name: 'Edit Language' }));
    const input = screen.getByLabelText('Language');
    await user.clear(input);
    await user.type(input, 'english please');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const message = await screen.findByText('Language must be a language tag such as en or fr-CA');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(message.id);
    expect((input as HTMLInputElement).value).toBe('english please');
  });
});
