import type { RosterImportRowFieldsFragment } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ShownOfTotal } from '../../shared/importWizard';
import { FieldChanges } from './fieldChanges';

/**
 * A roster file's rows that add, change or end an entry, in line order. `villageName` adds the village column of a
 * region's file.
 */
export function ImportChangesTable({
  changes,
  total,
  positionName,
  villageName,
}: {
  changes: readonly RosterImportRowFieldsFragment[];
  total: number;
  positionName: (code: string) => string | undefined;
  villageName?: (code: string) => string;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>{t('rosterImport.changes')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('import.problems.line')}</th>
              {villageName && <th scope="col">{t('regionImport.village')}</th>}
              <th scope="col">{t('rosterImport.col.kind')}</th>
              <th scope="col">{t('roster.col.name')}</th>
              <th scope="col">{t('roster.col.position')}</th>
              <th scope="col">{t('rosterImport.col.fields')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              <tr key={`${c.line}-${i}`}>
                <td className="num">{formatInteger(c.line)}</td>
                {villageName && <td>{villageName(c.villageCode)}</td>}
                <td>{t(kindKey(c.kind))}</td>
                <th scope="row">{c.fullName}</th>
                <td>{positionName(c.positionCode) ?? <span className="mono">{c.positionCode}</span>}</td>
                <td>
                  <FieldChanges fields={c.kind === 'ADDED' ? [] : c.fields} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShownOfTotal shown={changes.length} total={total} />
    </>
  );
}

function kindKey(kind: string): MessageKey {
  switch (kind) {
    case 'ADDED':
      return 'rosterImport.kind.ADDED';
    case 'ENDED':
      return 'rosterImport.kind.ENDED';
    default:
      return 'rosterImport.kind.CHANGED';
  }
}
