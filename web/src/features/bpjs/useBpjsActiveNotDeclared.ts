import { execute } from '../../shared/graphql';
import { can } from '../../shared/nav';
import type { UserErrorEntry } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { BpjsActiveNotDeclaredQuery, TakeBpjsStatusMutation } from './operations';

/** What the roster shows of the newest BPJS list: the list's date, each person's result by roster entry, and the one action to take it. */
export interface BpjsActiveNotDeclared {
  asOf: string;
  resultOf: (entryId: string) => string | undefined;
  /** Present for whoever may edit the roster: stages the BPJS status in the draft; resolves to the user errors, if any. */
  take?: (resultId: string) => Promise<readonly UserErrorEntry[]>;
}

export function useBpjsActiveNotDeclared(villageCode: string, onTaken: () => void): BpjsActiveNotDeclared | undefined {
  const me = useMe();
  const query = useQuery(BpjsActiveNotDeclaredQuery, { villageCode }, { skip: !can.readBpjsReconciliation(me.role) });
  const view = query.data?.bpjsReconciliation;
  const list = view?.basedOn[0]?.run;
  if (!view || !list || view.results.nodes.length === 0) return undefined;
  const byEntry = new Map(view.results.nodes.filter((r) => r.entryId).map((r) => [r.entryId!, r.id]));
  async function take(resultId: string) {
    const { takeBpjsStatus } = await execute(TakeBpjsStatusMutation, { input: { resultId } });
    if (takeBpjsStatus.errors.length === 0) {
      query.refetch();
      onTaken();
    }
    return takeBpjsStatus.errors;
  }
  return {
    asOf: list.asOf,
    resultOf: (entryId) => byEntry.get(entryId),
    take: can.editRoster(me.role, me.regionCode, villageCode) ? take : undefined,
  };
}
