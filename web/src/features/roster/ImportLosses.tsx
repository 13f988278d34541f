import type { RosterImportWarningFieldsFragment as LossWarning } from '../../gql/graphql';
import { formatInteger, maskNik } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ShownOfTotal } from '../../shared/importWizard';
import { FieldChanges } from './fieldChanges';


/**
 * The dry run's rows that take something away from a person already on the roster (an enrollment ended, programs
 * dropped, a term ended): who, and what they lose. Shown above the other changes so an older file cannot pass unseen.
 * `villageName` adds the village column of a region's file.
 */
export function LossWarnings({
  warnings,
  total,
  positionName,
  villageName,
}: {
  warnings: readonly LossWarning[];
  total: number;
  positionName: (code: string) => string | undefined;
  villageName?: (code: string) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="notice notice-warn import-losses" role="alert" data-testid="roster-import-losses">
      <p>
        <strong>{t('rosterImport.losses', { n: formatInteger(total) })}</strong>
      </p>
      <p>{t('rosterImport.losses.help')}</p>
      <div className="table-wrap">
        <table>
          <caption>{t('rosterImport.losses.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('import.problems.line')}</th>
              {villageName && <th scope="col">{t('regionImport.village')}</th>}
              <th scope="col">{t('roster.col.name')}</th>
              <th scope="col">{t('roster.col.position')}</th>
              <th scope="col">{t('rosterImport.col.losses')}</th>
            </tr>
          </thead>
          <tbody>
            {warnings.map((w) => (
              <tr key={w.line}>
                <td className="num">{formatInteger(w.line)}</td>
                {villageName && <td>{villageName(w.villageCode)}</td>}
                <th scope="row">
                  {w.fullName} <span className="mono muted small">{maskNik(w.nik)}</span>
                  {w.code === 'ENDS_PROTECTION' && (
                    <span className="badge badge-returned block-badge">{t('rosterImport.losses.endsProtection')}</span>
                  )}
                </th>
                <td>{positionName(w.positionCode) ?? <span className="mono">{w.positionCode}</span>}</td>
                <td>
                  <FieldChanges fields={w.losses} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShownOfTotal shown={warnings.length} total={total} />
    </div>
  );
}

/** Apply takes something away from people: the operator says so first. */
export function ConfirmLosses({
  count,
  checked,
  disabled,
  onChange,
}: {
  count: number;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="check confirm-losses">
      <input
        id="roster-import-confirm-losses"
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor="roster-import-confirm-losses">{t('rosterImport.confirmLosses', { n: formatInteger(count) })}</label>
    </div>
  );
}
