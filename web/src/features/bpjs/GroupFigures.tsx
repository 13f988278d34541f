import type { BpjsGroupFieldsFragment } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';

export const GROUPS = ['CONSISTENT', 'DECLARED_NOT_ACTIVE', 'ACTIVE_NOT_DECLARED', 'NOT_ACTIVE_NOT_DECLARED', 'UNMATCHED'] as const;
export type Group = (typeof GROUPS)[number];

export function countOf(groups: BpjsGroupFieldsFragment, group: Group): number {
  switch (group) {
    case 'CONSISTENT':
      return groups.consistent;
    case 'DECLARED_NOT_ACTIVE':
      return groups.declaredNotActive;
    case 'ACTIVE_NOT_DECLARED':
      return groups.activeNotDeclared;
    case 'NOT_ACTIVE_NOT_DECLARED':
      return groups.notActiveNotDeclared;
    case 'UNMATCHED':
      return groups.unmatched;
  }
}

/** The groups side by side, with how many matched by NIK but differ in name or birth date. */
export function GroupFigures({ groups, onPick }: { groups: BpjsGroupFieldsFragment; onPick?: (group: Group) => void }) {
  const { t } = useI18n();
  return (
    <>
      <dl className="stats bpjs-groups" data-testid="bpjs-groups">
        {GROUPS.map((group) => (
          <div key={group} className={countOf(groups, group) > 0 && group !== 'CONSISTENT' ? 'stat stat-nonzero' : 'stat'}>
            <dt>
              {onPick ? (
                <button type="button" className="link-button" onClick={() => onPick(group)}>
                  {t(`bpjs.group.${group}` as MessageKey)}
                </button>
              ) : (
                t(`bpjs.group.${group}` as MessageKey)
              )}
            </dt>
            <dd>{formatInteger(countOf(groups, group))}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('bpjs.mismatches', { n: formatInteger(groups.mismatches) })}</p>
    </>
  );
}
