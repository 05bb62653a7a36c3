import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Provider } from 'urql';

import { mockClient } from '../workspace/stage/workspace-fixture';

import { AuthProvider, useAuth } from './auth-context';
import { LogInPage } from './LogInPage';
import { readDraft, useKeptDraft, writeDraft } from './session-keeping';

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.history.replaceState({}, '', '/');
});

/** Exposes the auth context to the test. */
let auth: ReturnType<typeof useAuth>;
function Probe() {
  auth = useAuth();
  return null;
}

function CommentBox({ designId }: { designId: string }) {
  const [text, setText] = useKeptDraft(designId, 'comment');
  return <textarea aria-label="Comment" value={text} onChange={(e) => setText(e.target.value)} />;
}

describe('keeping unsaved text', () => {
  it('keeps each design’s comment as it is typed, and gives it back when the page opens again', async () => {
    const user = userEvent.setup();
    const first = render(<CommentBox designId="d-1" />);
    await user.type(screen.getByLabelText('Comment'), 'Check panel 3');
    first.unmount();
    expect(readDraft('d-1', 'comment')).toBe('Check panel 3');

    render(<CommentBox designId="d-2" />);
    expect((screen.getByLabelText('Comment') as HTMLTextAreaElement).value).toBe('');
  });

  it('an expired session keeps the drafts and the page; a deliberate log-out forgets both', () => {
    window.localStorage.setItem('mc.accessToken', 'old-token');
    render(
      <AuthProvider>
        <Probe />
      </AuthProvider>,
    );
    writeDraft('d-1', 'comment', 'Check panel 3');
    window.history.replaceState({}, '', '/designs/d-1');
    act(() => auth.expire());
    expect(auth.token).toBeNull();
    expect(window.localStorage.getItem('mc.accessToken')).toBeNull();
    expect(readDraft('d-1', 'comment')).toBe('Check panel 3');
    expect(window.sessionStorage.getItem('mc.session.returnTo')).toBe('/designs/d-1');

    act(() => auth.signOut());
    expect(readDraft('d-1', 'comment')).toBeNull();
    expect(window.sessionStorage.getItem('mc.session.returnTo')).toBeNull();
  });
});

describe('logging in after an expired session', () => {
  function renderLogIn() {
    const mock = mockClient((call) =>
      call.operation === 'LogIn' ? { data: { logIn: { accessToken: 'new-token' } } } : { data: {} },
    );
    render(
      <AuthProvider>
        <Provider value={mock.client}>
          <MemoryRouter initialEntries={['/login']}>
            <Routes>
              <Route path="/login" element={<LogInPage />} />
              <Route path="/designs/:id" element={<CommentBox designId="d-1" />} />
              <Route path="/" element={<h1>My designs</h1>} />
            </Routes>
          </MemoryRouter>
        </Provider>
      </AuthProvider>,
    );
  }

  async function logIn() {
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'maya@coast.example.org');
    await user.type(screen.getByLabelText('Password'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
  }

  it('says the session expired, and returns to the same design with the comment restored', async () => {
    window.history.replaceState({}, '', '/designs/d-1');
    window.localStorage.setItem('mc.accessToken', 'old-token');
    render(
      <AuthProvider>
        <Probe />
      </AuthProvider>,
    );
    writeDraft('d-1', 'comment', 'Check panel 3');
    act(() => auth.expire());

    renderLogIn();
    expect(screen.getByRole('status').textContent).toContain('Your session expired.');
    await logIn();
    expect(((await screen.findByLabelText('Comment')) as HTMLTextAreaElement).value).toBe('Check panel 3');
    expect(window.localStorage.getItem('mc.accessToken')).toBe('new-token');
    // Taken once: a later log-in starts from the home page.
    expect(window.sessionStorage.getItem('mc.session.returnTo')).toBeNull();
  });

  it('an ordinary log-in says nothing of an expiry and opens the home page', async () => {
    renderLogIn();
    expect(screen.queryByRole('status')).toBeNull();
    await logIn();
    expect(await screen.findByRole('heading', { name: 'My designs' })).toBeTruthy();
  });

  it('never returns to an address outside the app', async () => {
    window.sessionStorage.setItem('mc.session.expired', '1');
    window.sessionStorage.setItem('mc.session.returnTo', '//evil.example.com/x');
    renderLogIn();
    await logIn();
    expect(await screen.findByRole('heading', { name: 'My designs' })).toBeTruthy();
  });
});
