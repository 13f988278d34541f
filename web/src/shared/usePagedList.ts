import { useInfiniteQuery } from '@tanstack/react-query';
import { execute, queryKeyOf, type TypedDocument } from './graphql';

/** The part of a Relay-style connection a paged list needs. */
export interface ConnectionPage<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes?: TNode[] | null;
}

export interface PagedList<TNode> {
  nodes: TNode[];
  totalCount: number;
  hasMore: boolean;
  /** false when the query answered but the connection's owner was null (unknown or out of scope). */
  found: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore: () => void;
  retry: () => void;
}

/**
 * A list that loads its first page when mounted (and again when the variables change) and appends the next page on
 * demand ("Muat lagi"), following pageInfo.endCursor — an infinite query of the query cache.
 */
export function usePagedList<TResult, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocument<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  select: (data: TResult) => ConnectionPage<TNode> | null | undefined,
): PagedList<TNode> {
  const query = useInfiniteQuery({
    queryKey: queryKeyOf(document, variables),
    queryFn: ({ pageParam, signal }) =>
      execute(document, { ...variables, after: pageParam } as never, { signal }) as Promise<TResult>,
    initialPageParam: null as string | null,
    getNextPageParam: (last: TResult) => {
      const page = select(last);
      return page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    },
  });
  const pages = (query.data?.pages ?? []).map(select);
  const last = pages.at(-1);
  const reloading = query.isFetching && !query.isFetchingNextPage;
  return {
    nodes: pages.flatMap((page) => page?.nodes ?? []),
    totalCount: last?.totalCount ?? 0,
    hasMore: query.hasNextPage,
    found: pages.length === 0 || pages[0] != null,
    loading: query.isPending || reloading,
    loadingMore: query.isFetchingNextPage,
    error: query.isFetching ? undefined : (query.error ?? undefined),
    loadMore: () => {
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
    retry: () => void query.refetch(),
  };
}
