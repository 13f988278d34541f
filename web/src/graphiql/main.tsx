import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_ENDPOINT } from '../shared/graphql';

/**
 * GraphiQL, which the host serves at /graphql to a signed-in browser (its own page and chunks, not part of the
 * portal's). Requests carry the portal's session cookie, so the explorer sees what the user may see.
 */
const fetcher: ComponentProps<typeof GraphiQL>['fetcher'] = async (params) => {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} />
  </StrictMode>,
);
