import { useEffect, useState } from 'react';
import type { DelegableRegionsQuery, RegionFilterInput, RegionLevel, UserRole } from '../../gql/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { regionTypeLabel } from '../regions/labels';
import { DelegableRegionsQuery as Query } from './operations';
import './regionPicker.css';

type Region = NonNullable<NonNullable<DelegableRegionsQuery['regions']>['nodes']>[number];
/** A region as the picker shows it: a match has its type and parent, an account's present region its name only. */
type Shown = Pick<Region, 'code' | 'name'> & Partial<Pick<Region, 'level' | 'kind' | 'ancestors'>>;

/** The level each role is given on (as the server's DelegationPolicy rules); a viewer may read any region. */
const LEVEL_OF: Record<UserRole, RegionLevel | undefined> = {
  ProvinceAdmin: 'PROVINCE',
  RegencyStaff: 'REGENCY',
  VillageOperator: 'VILLAGE',
  Viewer: undefined,
  BpjsOfficer: undefined,
};

const MIN_CHARS = 2;
const TYPING_PAUSE_MS = 250;

/** What the giver may hand out for this role: regions of the role's level inside the giver's own region. */
export function delegableWhere(role: UserRole, giverScope: string, name: string): RegionFilterInput {
  const level = LEVEL_OF[role];
  return {
    name: { contains: name },
    ...(level ? { level: { eq: level } } : {}),
    ...(giverScope ? { code: { startsWith: giverScope } } : {}),
  };
}

/**
 * An account's region, found by name (the value stays its code): the matches show name, type and parent, and only the
 * regions the giver may delegate for the chosen role. `initial` is the region the account has now, if any.
 */
export function RegionPicker({
  id,
  role,
  giverScope,
  value,
  initial,
  onChange,
  describedBy,
  invalid,
}: {
  id: string;
  role: UserRole | '';
  giverScope: string;
  value: string;
  initial?: Shown;
  onChange: (code: string) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Shown | null>(initial ?? null);

  useEffect(() => {
    const timer = setTimeout(() => setName(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  if (value && chosen?.code === value) {
    return (
      <div className="region-chosen">
        <RegionText region={chosen} />
        <button
          type="button"
          id={id}
          className="link-button"
          aria-label={t('users.regionSearch.change')}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onClick={() => onChange('')}
        >
          {t('users.regionSearch.change')}
        </button>
      </div>
    );
  }

  return (
    <>
      <input
        id={id}
        type="search"
        autoComplete="off"
        disabled={!role}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {role && name.length >= MIN_CHARS && (
        <Matches
          where={delegableWhere(role, giverScope, name)}
          name={name}
          onPick={(region) => {
            setChosen(region);
            onChange(region.code);
          }}
        />
      )}
    </>
  );
}

function Matches({ where, name, onPick }: { where: RegionFilterInput; name: string; onPick: (region: Region) => void }) {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(Query, { where });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  const regions = data?.regions?.nodes ?? [];
  const total = data?.regions?.totalCount ?? 0;
  if (regions.length === 0) return <p className="muted small">{t('users.regionSearch.none', { q: name })}</p>;
  return (
    <>
      <ul className="region-matches" aria-label={t('users.regionSearch.results')}>
        {regions.map((region) => (
          <li key={region.code}>
            <button type="button" className="region-match" onClick={() => onPick(region)}>
              <RegionText region={region} />
            </button>
          </li>
        ))}
      </ul>
      {total > regions.length && <p className="muted small">{t('users.regionSearch.more', { n: formatInteger(total) })}</p>}
    </>
  );
}

function RegionText({ region }: { region: Shown }) {
  const { t } = useI18n();
  const parent = region.ancestors?.at(-1);
  return (
    <span>
      <strong>{region.name}</strong>
      {region.level && <> · {regionTypeLabel(t, region.level, region.kind)}</>}
      {parent && <> · {t('users.regionSearch.in', { parent: parent.name })}</>} <span className="code">{region.code}</span>
    </span>
  );
}
