import { useState } from 'react';
import type { UcjInputFieldsFragment } from '../../gql/graphql';
import { ucjTemplateUrl } from '../../shared/downloads';
import { formatDate, formatInteger, formatPercent } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { usePagedList } from '../../shared/usePagedList';
import { useQuery } from '../../shared/useQuery';
import { EmptyState, ErrorList, ErrorMessage, ListFoot, Loading, userErrorText } from '../../shared/ui';
import { useMe } from '../auth/session';
import { RemoveUcjInputMutation, UcjInputsQuery, UcjRegionsQuery } from './operations';
import { UcjForm, type RegionChoice } from './UcjForm';
import { UcjImport } from './UcjImport';

export type UcjInputRow = UcjInputFieldsFragment;

/** /ucj — the province admin's UCJ inputs: the province's and its regencies', a form for one month, and the import. */
export function UcjPage() {
  const { t } = useI18n();
  const me = useMe();
  if (!can.recordUcj(me.role)) {
    return (
      <>
        <h1>{t('ucj.title')}</h1>
        <p className="notice">{t('ucj.only')}</p>
      </>
    );
  }
  return <UcjInputs province={me.regionCode} />;
}

function UcjInputs({ province }: { province: string }) {
  const { t } = useI18n();
  const regions = useQuery(UcjRegionsQuery, { code: province });
  const list = usePagedList(UcjInputsQuery, { regionCode: province, first: 50 }, (data) => data.ucjInputs);
  const [editing, setEditing] = useState<UcjInputRow | 'new' | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const region = regions.data?.region;
  const choices: RegionChoice[] = region ? [{ code: region.code, name: region.name }, ...(region.children?.nodes ?? [])] : [];

  async function remove(row: UcjInputRow) {
    if (!window.confirm(t('ucj.remove.confirm', { region: row.region.name, period: row.period }))) return;
    const { removeUcjInput } = await execute(RemoveUcjInputMutation, { input: { id: row.id } });
    setErrors(removeUcjInput.errors.map((e) => userErrorText(t, e)));
    list.retry();
  }

  function saved() {
    setEditing(null);
    list.retry();
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('ucj.title')}</h1>
          <p className="muted">{t('ucj.intro')}</p>
        </div>
        {editing === null && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('ucj.add')}
          </button>
        )}
      </div>

      {editing !== null && <UcjForm regions={choices} input={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />}
      <ErrorList messages={errors} />

      {list.error && list.nodes.length === 0 ? (
        <ErrorMessage error={list.error} onRetry={list.retry} />
      ) : list.loading && list.nodes.length === 0 ? (
        <Loading />
      ) : list.nodes.length === 0 ? (
        <EmptyState title={t('ucj.empty')} />
      ) : (
        <UcjTable rows={list.nodes} regionName={region?.name ?? province} onEdit={setEditing} onRemove={remove} />
      )}
      {list.nodes.length > 0 && (
        <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
      )}

      <UcjImport templateUrl={ucjTemplateUrl(province, 'xlsx')} onApplied={list.retry} />
    </>
  );
}

function UcjTable({
  rows,
  regionName,
  onEdit,
  onRemove,
}: {
  rows: UcjInputRow[];
  regionName: string;
  onEdit: (row: UcjInputRow) => void;
  onRemove: (row: UcjInputRow) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('ucj.list.caption', { region: regionName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ucj.col.region')}</th>
            <th scope="col">{t('ucj.col.period')}</th>
            <th scope="col" className="num">{t('ucj.col.pu')}</th>
            <th scope="col" className="num">{t('ucj.col.bpu')}</th>
            <th scope="col" className="num">{t('ucj.col.jakon')}</th>
            <th scope="col" className="num">{t('ucj.col.working')}</th>
            <th scope="col" className="num">{t('ucj.col.value')}</th>
            <th scope="col">{t('ucj.col.source')}</th>
            <th scope="col">{t('ucj.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.region.name}</th>
              <td className="mono">{row.period}</td>
              <td className="num">{formatInteger(row.participantsPu)}</td>
              <td className="num">{formatInteger(row.participantsBpu)}</td>
              <td className="num">{formatInteger(row.participantsJakon)}</td>
              <td className="num">{formatInteger(row.workingPopulation)}</td>
              <td className="num">{formatPercent(row.value)}</td>
              <td>
                {t('ucj.sourceOf', { source: row.source, date: formatDate(row.sourceDate, lang) })}
                {row.note && <span className="muted small"> · {row.note}</span>}
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => onEdit(row)}>
                  {t('ucj.edit')}
                </button>{' '}
                <button type="button" className="link-button" onClick={() => onRemove(row)}>
                  {t('ucj.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
