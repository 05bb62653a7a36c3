// Unsaved text is kept in session storage (src/auth/session-keeping.ts): each test starts without
// another test's drafts, as a new tab would.
beforeEach(() => window.sessionStorage.clear());
