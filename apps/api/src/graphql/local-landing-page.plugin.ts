import { ApolloServerPlugin } from '@apollo/server';

/**
 * What `/graphql` shows a browser: a plain page of our own that explains the endpoint. Apollo's
 * default landing pages (sandbox and production alike) load their script from a CDN, so they are
 * blank offline and on locked-down networks; this page has no script and no external resource.
 */
export function localLandingPagePlugin(options: { introspection: boolean }): ApolloServerPlugin {
  const html = landingPageHtml(options.introspection);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

function landingPageHtml(introspection: boolean): string {
  const schemaNote = introspection
    ? '<p>Introspection is on: any GraphQL client (Insomnia, Postman, <code>graphql-codegen</code>) can read the schema from this URL. The committed copy is <code>apps/api/schema.gql</code>.</p>'
    : '<p>Introspection is off in production; the schema is <code>apps/api/schema.gql</code> in the repository.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL endpoint · Micro-credential co-design</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1f2933; }
  code, pre { font-family: ui-monospace, monospace; background: #f1f3f5; border-radius: 4px; }
  code { padding: 0 .25rem; }
  pre { padding: .75rem; overflow-x: auto; }
  a { color: #0b57d0; }
</style>
</head>
<body>
<main>
<h1>GraphQL endpoint</h1>
<p>This URL is the API of the micro-credential co-design workspace. Send GraphQL as JSON with <code>POST</code>:</p>
<pre>curl -X POST -H 'Content-Type: application/json' \\
  -d '{"query":"{ publishedCatalog(first: 5) { totalCount edges { node { title } } } }"}' \\
  "$URL"</pre>
<p>Operations that need a user take <code>Authorization: Bearer &lt;accessToken&gt;</code> (from <code>logIn</code> or <code>signUp</code>). Live updates go over socket.io at <code>/socket.io</code>.</p>
${schemaNote}
<p>The web app is at <a href="/">/</a>; the public catalog at <a href="/catalog">/catalog</a>.</p>
</main>
</body>
</html>
`;
}
