import { QueryClient } from '@tanstack/react-query';

/**
 * The portal's query cache (TanStack Query): a page that opens again shows what it had at once while it asks again,
 * and the same query asked by two components at the same time is sent once. Failures are shown, not retried behind
 * the user's back; a tab coming back to the front does not fire every query again on a slow connection.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}
