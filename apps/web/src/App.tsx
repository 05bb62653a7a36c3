import { useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';

import { AccountPage } from './account/AccountPage';
import { createApiClient } from './api/client';
import { AuthProvider, useAuth } from './auth/auth-context';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { LogInPage } from './auth/LogInPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { rememberReturnPath } from './auth/session-keeping';
import { SignUpPage } from './auth/SignUpPage';
import { CatalogPage } from './catalog/CatalogPage';
import { CredentialPage } from './catalog/CredentialPage';
import { AcceptInvitationPage } from './invitations/AcceptInvitationPage';
import { OrganizationPage } from './organization/OrganizationPage';
import { PipelinePage } from './organization/pipeline/PipelinePage';
import { NotificationSettingsPage } from './settings/NotificationSettingsPage';
import { HomePage } from './tasks/HomePage';
import { NotFoundPage } from './ui/NotFoundPage';
import { Shell } from './ui/Shell';
import { BriefPrintPage } from './workspace/exports/BriefPrintPage';
import { WorkspacePage } from './workspace/WorkspacePage';

export function App() {
  return (
    <AuthProvider>
      <ApiProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LogInPage />} />
            <Route path="/signup" element={<SignUpPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
            <Route path="/join/:token" element={<SignUpPage />} />
            <Route path="/catalog" element={<CatalogPage />} />
            <Route path="/catalog/:designId" element={<CredentialPage />} />
            {/* Public: a logged-out visitor sees what the invitation is before logging in. */}
            <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
            <Route element={<RequireUser />}>
              <Route path="/" element={<HomePage />} />
              <Route path="/designs/:designId" element={<WorkspacePage />} />
              <Route path="/designs/:designId/brief" element={<BriefPrintPage />} />
              <Route path="/organization" element={<OrganizationPage />} />
              <Route path="/account" element={<AccountPage />} />
              <Route path="/organization/pipeline" element={<PipelinePage />} />
              <Route path="/settings/notifications" element={<NotificationSettingsPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </BrowserRouter>
      </ApiProvider>
    </AuthProvider>
  );
}

/** One GraphQL client per signed-in token (a new session never sees the last one's cache). */
function ApiProvider({ children }: { children: React.ReactNode }) {
  const { token, expire } = useAuth();
  const client = useMemo(() => createApiClient(token, expire), [token, expire]);
  return <Provider value={client}>{children}</Provider>;
}

function RequireUser() {
  const { token } = useAuth();
  const location = useLocation();
  if (!token) {
    rememberReturnPath(location.pathname + location.search + location.hash);
    return <Navigate to="/login" replace />;
  }
  return <Shell />;
}
