import { Link } from 'react-router';

/** Any path the app does not know: say so, instead of silently landing somewhere else. */
export function NotFoundPage() {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>There is no page at this address. The link may be mistyped or out of date.</p>
      <p>
        <Link to="/">Go to my designs</Link>
      </p>
    </main>
  );
}
