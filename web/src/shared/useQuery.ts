import { useCallback, useEffect, useRef, useState } from 'react';
import { execute, type TypedDocument } from './graphql';

export interface QueryState<TResult> {
  data: TResult | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when mounted and whenever its variables change. Keeps the last data
 * while refetching so a slow connection does not blank the page.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const [data, setData] = useState<TResult | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(!options.skip);
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    const run = execute as (
      doc: TypedDocument<TResult, TVariables>,
      vars: TVariables,
      init: { signal?: AbortSignal },
    ) => Promise<TResult>;
    run(document, variablesRef.current, { signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return;
        setData(result);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [document, key, generation, options.skip]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, refetch };
}
