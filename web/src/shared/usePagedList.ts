import { useCallback, useEffect, useRef, useState } from 'react';
import { execute, type TypedDocument } from './graphql';

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
 * A list that loads its first page when mounted (and again when the variables change) and
 * appends the next page on demand ("Muat lagi"), following pageInfo.endCursor.
 */
export function usePagedList<TResult, TVariables extends { after?: string | null }, TNode>(
  document: TypedDocument<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  select: (data: TResult) => ConnectionPage<TNode> | null | undefined,
): PagedList<TNode> {
  const [nodes, setNodes] = useState<TNode[]>([]);
  const [totalCount, setTotalCount] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [found, setFound] = useState(true);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [generation, setGeneration] = useState(0);

  const key = JSON.stringify(variables);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;
  const selectRef = useRef(select);
  selectRef.current = select;
  const moreController = useRef<AbortController | null>(null);

  const fetchPage = useCallback(
    (after: string | null, signal: AbortSignal) => {
      const run = execute as (doc: TypedDocument<TResult, TVariables>, vars: TVariables, init: { signal?: AbortSignal }) => Promise<TResult>;
      return run(document, { ...variablesRef.current, after } as TVariables, { signal });
    },
    [document],
  );

  const accept = useCallback((data: TResult, append: boolean) => {
    const page = selectRef.current(data);
    setFound(page != null);
    const pageNodes = page?.nodes ?? [];
    setNodes((before) => (append ? [...before, ...pageNodes] : pageNodes));
    setTotalCount(page?.totalCount ?? 0);
    setHasMore(page?.pageInfo.hasNextPage ?? false);
    setCursor(page?.pageInfo.endCursor ?? null);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    moreController.current?.abort();
    setLoading(true);
    setLoadingMore(false);
    setError(undefined);
    fetchPage(null, controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        accept(data, false);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [fetchPage, accept, key, generation]);

  useEffect(() => () => moreController.current?.abort(), []);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const controller = new AbortController();
    moreController.current = controller;
    setLoadingMore(true);
    setError(undefined);
    fetchPage(cursor, controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        accept(data, true);
        setLoadingMore(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoadingMore(false);
      },
    );
  }, [cursor, loadingMore, fetchPage, accept]);

  const retry = useCallback(() => setGeneration((g) => g + 1), []);

  return { nodes, totalCount, hasMore, found, loading, loadingMore, error, loadMore, retry };
}
