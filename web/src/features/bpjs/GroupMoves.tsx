import type { BpjsReconciliationQuery as Data } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ShownOfTotal } from '../../shared/importWizard';

type Moves = NonNullable<Data['bpjsReconciliation']>['moves'];

/** Who changed group since the run before the one shown: the counts of the history alone can hide two people swapping. */
export function GroupMoves({ moves }: { moves: Moves }) {
  const { t, lang } = useI18n();
  if (!moves.since) return null;
  const since = formatDate(moves.since.asOf, lang);
  if (moves.totalCount === 0) return <p className="muted small">{t('bpjs.moves.none', { date: since })}</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>{t('bpjs.moves.caption', { date: since, n: moves.totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bpjs.moves.name')}</th>
              <th scope="col">{t('bpjs.moves.nik')}</th>
              <th scope="col">{t('bpjs.moves.village')}</th>
              <th scope="col">{t('bpjs.moves.from')}</th>
              <th scope="col">{t('bpjs.moves.to')}</th>
            </tr>
          </thead>
          <tbody>
            {moves.nodes.map((m) => (
              <tr key={`${m.regionCode}-${m.nik}`}>
                <th scope="row">{m.name ?? t('common.dash')}</th>
                <td className="mono">{m.nik}</td>
                <td className="mono">{m.regionCode}</td>
                <td>{t(`bpjs.group.${m.from}` as MessageKey)}</td>
                <td>{t(`bpjs.group.${m.to}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShownOfTotal shown={moves.nodes.length} total={moves.totalCount} />
    </>
  );
}
