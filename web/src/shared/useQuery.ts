import { keepPreviousData, useQuery as useCachedQuery } from '@tanstack/react-query';
import { execute, queryKeyOf, type TypedDocument } from './graphql';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when mounted and whenever its variables change, through the query cache. Keeps the last data while
 * refetching so a slow connection does not blank the page.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const query = useCachedQuery({
    queryKey: queryKeyOf(document, variables),
    queryFn: ({ signal }) => execute(document, variables as never, { signal }) as Promise<TResult>,
    enabled: !options.skip,
    placeholderData: keepPreviousData,
  });
  return {
    data: query.data,
    error: query.isFetching ? undefined : (query.error ?? undefined),
    loading: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
