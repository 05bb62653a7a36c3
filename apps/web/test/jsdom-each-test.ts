import { configure } from '@testing-library/react';

// Unsaved text is kept in session storage (src/auth/session-keeping.ts): each test starts without
// another test's drafts, as a new tab would.
beforeEach(() => window.sessionStorage.clear());

// `findBy…` and `waitFor` give up after 1 s by default; under CI, where the API and browser suites
// run beside these on two cores, a render can take longer. Waiting longer never slows a passing test.
configure({ asyncUtilTimeout: 10_000 });
