import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';

import type { WorkspaceComment } from '../design-query';
import { makeDesign, makeProps, mockClient, PEOPLE, present, propsAs } from '../stage/workspace-fixture';
import type { WorkspacePartProps } from '../workspace-props';

import { CommentsPanel } from './CommentsPanel';

function renderPanel(props: WorkspacePartProps = makeProps(makeDesign())) {
  const mock = mockClient(() => ({ data: { addComment: { id: 'c-new' } } }));
  render(
    <Provider value={mock.client}>
      <CommentsPanel {...props} />
    </Provider>,
  );
  return { ...mock, props, textarea: screen.getByLabelText('Comment') as HTMLTextAreaElement };
}

function comment(overrides: Partial<WorkspaceComment>): WorkspaceComment {
  return {
    id: 'c1',
    targetType: 'DESIGN',
    targetId: 'design-1',
    body: 'A comment',
    parentId: null,
    resolved: false,
    createdAt: '2025-01-03T10:00:00.000Z',
    author: { id: PEOPLE.ana.id, displayName: PEOPLE.ana.displayName },
    mentions: [],
    ...overrides,
  };
}

describe('@mention autocompletion', () => {
  it('lists the matching participants as "@An" is typed, and inserts the chosen one', async () => {
    const user = userEvent.setup();
    const { textarea } = renderPanel();
    await user.type(textarea, 'Thoughts, @An');

    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    // Ana Lee and Andre Novak match; the lead (me) is not offered.
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Ana Lee'),
      expect.stringContaining('Andre Novak'),
    ]);
    await user.keyboard('{ArrowDown}');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(textarea.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(textarea.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    await user.keyboard('{ArrowUp}{Enter}');

    expect(textarea.value).toBe('Thoughts, @Ana Lee ');
    expect(screen.queryByRole('listbox')).toBeNull();
    // The caret is after the insertion: typing goes on from there.
    await user.keyboard('can you check?');
    expect(textarea.value).toBe('Thoughts, @Ana Lee can you check?');
  });

  it('inserts with ArrowDown and Enter when a single person matches ("@An" → "@Ana Lee ")', async () => {
    const user = userEvent.setup();
    const design = makeDesign();
    design.participants = design.participants.filter((p) => p.user.id !== PEOPLE.andre.id);
    const { textarea } = renderPanel(makeProps(design));
    await user.type(textarea, '@An');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringContaining('Ana Lee')]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(textarea.value).toBe('@Ana Lee ');
  });

  it('inserts the first match on Enter without moving through the list', async () => {
    const user = userEvent.setup();
    const { textarea } = renderPanel();
    await user.type(textarea, 'Ask @An{Enter}?');
    expect(textarea.value).toBe('Ask @Ana Lee ?');
  });

  it('matches emails and last names too, and inserts with Tab', async () => {
    const user = userEvent.setup();
    const { textarea } = renderPanel();
    await user.type(textarea, '@nov');
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([expect.stringContaining('Andre Novak')]);
    await user.keyboard('{Tab}');
    expect(textarea.value).toBe('@Andre Novak ');
    expect(document.activeElement).toBe(textarea);
  });

  it('closes with Escape, leaves the text alone, and Enter then makes a new line', async () => {
    const user = userEvent.setup();
    const { textarea } = renderPanel();
    await user.type(textarea, 'Hi @An');
    expect(screen.getByRole('listbox')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{Enter}');
    expect(textarea.value).toBe('Hi @An\n');
  });

  it('does not open inside an email address or for a name nobody has', async () => {
    const user = userEvent.setup();
    const { textarea } = renderPanel();
    await user.type(textarea, 'write to ana@aurora');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.clear(textarea);
    await user.type(textarea, '@Zed');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('picks an option with the mouse', async () => {
    const user = userEvent.setup();
    const { textarea } = renderPanel();
    await user.type(textarea, '@co');
    await user.click(screen.getByRole('option', { name: /Colin Committee/ }));
    expect(textarea.value).toBe('@Colin Committee ');
  });
});

describe('CommentsPanel', () => {
  it('posts a comment about the chosen target', async () => {
    const user = userEvent.setup();
    const { textarea, calls, props } = renderPanel();
    await user.type(textarea, 'Is wiring enough?');
    await user.selectOptions(screen.getByLabelText('About'), 'Skill: Wiring');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(calls).toEqual([
      {
        operation: 'AddComment',
        variables: {
          input: {
            designId: 'design-1',
            targetType: 'SKILL',
            targetId: 'skill-wiring',
            body: 'Is wiring enough?',
          },
        },
      },
    ]);
    expect(textarea.value).toBe('');
    expect(props.refresh).toHaveBeenCalled();
  });

  it('shows threads oldest first with their replies, mentions highlighted, and filters by target', async () => {
    const user = userEvent.setup();
    const design = makeDesign({
      comments: [
        comment({
          id: 'c2',
          body: 'About the skill',
          targetType: 'SKILL',
          targetId: 'skill-wiring',
          createdAt: '2025-01-04T10:00:00.000Z',
        }),
        comment({
          id: 'c1',
          body: 'First, @Lena Lead please look',
          mentions: [{ id: PEOPLE.lena.id, displayName: 'Lena Lead' }],
        }),
        comment({
          id: 'c3',
          parentId: 'c1',
          body: 'A reply',
          createdAt: '2025-01-05T10:00:00.000Z',
          author: { id: PEOPLE.lena.id, displayName: PEOPLE.lena.displayName },
        }),
      ],
    });
    renderPanel(makeProps(design));
    const threads = screen.getAllByRole('article');
    expect(threads.map((t) => t.querySelector('.co-comment-body')?.textContent)).toEqual([
      'First, @Lena Lead please look',
      'About the skill',
    ]);
    expect(within(present(threads[0])).getByText('A reply')).toBeTruthy();
    expect(threads[0]?.querySelector('mark')?.textContent).toBe('@Lena Lead');

    await user.selectOptions(screen.getByLabelText('Show comments on'), 'Skill: Wiring');
    expect(
      screen.getAllByRole('article').map((t) => t.querySelector('.co-comment-body')?.textContent),
    ).toEqual(['About the skill']);
  });

  it('a link to #comment-<id> (a mention in the bell) focuses and highlights that comment', () => {
    const design = makeDesign({
      comments: [comment({ id: 'c1', body: 'Look here' }), comment({ id: 'c2', body: 'Not me' })],
    });
    window.location.hash = '#comment-c1';
    try {
      renderPanel(makeProps(design));
      const linked = document.getElementById('comment-c1');
      expect(linked?.className).toContain('co-comment-linked');
      expect(document.activeElement).toBe(linked);
      expect(document.getElementById('comment-c2')?.className).not.toContain('co-comment-linked');
    } finally {
      window.location.hash = '';
    }
  });

  it('lets the author resolve their thread, but not an employer partner resolve someone else’s', async () => {
    const user = userEvent.setup();
    const comments = [
      comment({ id: 'mine', author: { id: PEOPLE.ana.id, displayName: PEOPLE.ana.displayName } }),
      comment({ id: 'theirs', author: { id: PEOPLE.lena.id, displayName: PEOPLE.lena.displayName } }),
    ];
    const { calls } = renderPanel(propsAs('EMPLOYER_PARTNER', 'PARTNER_REVIEW', { comments }));
    const [mine, theirs] = screen.getAllByRole('article');
    expect(within(present(theirs)).queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(within(present(theirs)).getByRole('button', { name: 'Reply' })).toBeTruthy();
    await user.click(within(present(mine)).getByRole('button', { name: 'Resolve' }));
    expect(calls).toEqual([{ operation: 'ResolveComment', variables: { id: 'mine', resolved: true } }]);
  });

  it('closes comments on an archived design', () => {
    const mock = mockClient(() => ({}));
    render(
      <Provider value={mock.client}>
        <CommentsPanel {...makeProps(makeDesign({ stage: 'ARCHIVED', comments: [comment({})] }))} />
      </Provider>,
    );
    expect(screen.queryByLabelText('Comment')).toBeNull();
    expect(screen.getByText(/comments are closed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reply' })).toBeNull();
  });
});
