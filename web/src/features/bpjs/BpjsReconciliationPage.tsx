import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { BpjsReconciliationQuery as Data } from '../../gql/graphql';
import { bpjsReconciliationExportUrl } from '../../shared/downloads';
import { formatDate, formatInteger } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { useQuery } from '../../shared/useQuery';
import { EmptyState, ErrorList, ErrorMessage, Loading, userErrorText } from '../../shared/ui';
import { useMe } from '../auth/session';
import { BpjsUpload } from './BpjsUpload';
import { countOf, GroupFigures, GROUPS, type Group } from './GroupFigures';
import { GroupMoves } from './GroupMoves';
import { BpjsReconciliationQuery, TakeBpjsStatusMutation } from './operations';

type View = NonNullable<Data['bpjsReconciliation']>;
type Run = View['runs'][number];
type Result = View['results']['nodes'][number];
const PAGE = 50;

/**
 * /bpjs — the BPJS participant lists against the rosters: upload, the groups by region down to the village, lists,
 * export, history; by default each village read against its newest list, or any kept run picked.
 */
export function BpjsReconciliationPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? me.regionCode;
  const group = (params.get('group') as Group | null) ?? 'ACTIVE_NOT_DECLARED';
  const runId = params.get('run');
  const [skip, setSkip] = useState(0);
  const query = useQuery(BpjsReconciliationQuery, { regionCode, runId, group, skip, take: PAGE });
  const view = query.data?.bpjsReconciliation;

  function go(next: { region?: string; group?: Group; run?: string | null }) {
    setSkip(0);
    const run = next.run === undefined ? runId : next.run;
    setParams({ region: next.region ?? regionCode, group: next.group ?? group, ...(run ? { run } : {}) });
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('bpjs.title')}</h1>
          <p className="muted">{t('bpjs.intro')}</p>
        </div>
      </div>
      {regionCode !== me.regionCode && (
        <p>
          <Link to={`/bpjs?region=${encodeURIComponent(parentOf(regionCode, me.regionCode))}&group=${group}`}>{t('bpjs.up')}</Link>
        </p>
      )}
      {query.error && !view ? (
        <ErrorMessage error={query.error} onRetry={query.refetch} />
      ) : !view ? (
        query.loading ? <Loading /> : <EmptyState title={t('bpjs.none')} />
      ) : (
        <Reconciliation view={view} group={group} skip={skip} onSkip={setSkip} onGo={go} onChanged={query.refetch} />
      )}
      {can.uploadBpjsList(me.role) && regionCode.split('.').length <= 2 && <BpjsUpload regionCode={regionCode} onApplied={query.refetch} />}
    </>
  );
}

function parentOf(code: string, root: string): string {
  const parent = code.split('.').slice(0, -1).join('.');
  return parent.length < root.length ? root : parent;
}

function Reconciliation({
  view,
  group,
  skip,
  onSkip,
  onGo,
  onChanged,
}: {
  view: View;
  group: Group;
  skip: number;
  onSkip: (skip: number) => void;
  onGo: (next: { region?: string; group?: Group; run?: string | null }) => void;
  onChanged: () => void;
}) {
  const { t, lang } = useI18n();
  if (view.runs.length === 0) return <EmptyState title={t('bpjs.noRun')} />;
  const run = view.run;
  const runId = run?.id ?? null;
  return (
    <>
      <section className="panel" aria-labelledby="bpjs-run-title">
        <RunPicker runs={view.runs} chosen={runId} onPick={(id) => onGo({ run: id })} />
        <h2 id="bpjs-run-title">{run ? t('bpjs.run', { date: formatDate(run.asOf, lang), file: run.fileName }) : t('bpjs.latest')}</h2>
        {run ? (
          <p className="muted small">
            {t('bpjs.runMeta', { n: formatInteger(run.participants), by: run.uploadedBy })} {!run.fileKept && t('bpjs.fileDeleted')}
          </p>
        ) : (
          <ul className="muted small" data-testid="bpjs-based-on">
            {view.basedOn.map((b) => (
              <li key={b.run.id}>
                {t('bpjs.basedOn', { date: formatDate(b.run.asOf, lang), file: b.run.fileName, region: b.run.regionCode, n: formatInteger(b.villages) })}
              </li>
            ))}
          </ul>
        )}
        {view.villagesWithoutList > 0 && (
          <p className="notice" data-testid="bpjs-partial">
            {t('bpjs.partial', { n: formatInteger(view.villagesWithoutList), total: formatInteger(view.villages) })}
          </p>
        )}
        <GroupFigures groups={view.groups} onPick={(g) => onGo({ group: g })} />
        <p>
          {t('bpjs.export')}{' '}
          <a href={bpjsReconciliationExportUrl(view.regionCode, runId, 'xlsx')}>XLSX</a> · <a href={bpjsReconciliationExportUrl(view.regionCode, runId, 'csv')}>CSV</a>
        </p>
      </section>

      {view.regions.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('bpjs.regions.caption')}</caption>
            <GroupColumns first={t('bpjs.col.region')} />
            <tbody>
              {view.regions.map((r) => (
                <tr key={r.regionCode}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onGo({ region: r.regionCode })}>
                      {r.name}
                    </button>
                  </th>
                  {GROUPS.map((g) => (
                    <td key={g} className="num">
                      {formatInteger(countOf(r.groups, g))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Results view={view} group={group} skip={skip} onSkip={onSkip} onChanged={onChanged} />
      <History view={view} />
      <GroupMoves moves={view.moves} />
    </>
  );
}

function RunPicker({ runs, chosen, onPick }: { runs: Run[]; chosen: string | null; onPick: (id: string | null) => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="field">
      <label htmlFor="bpjs-run">{t('bpjs.picker')}</label>
      <select id="bpjs-run" value={chosen ?? ''} onChange={(e) => onPick(e.target.value || null)}>
        <option value="">{t('bpjs.picker.latest')}</option>
        {runs.map((r) => (
          <option key={r.id} value={r.id}>
            {t('bpjs.picker.run', { date: formatDate(r.asOf, lang), file: r.fileName, by: r.uploadedBy })}
            {!r.fileKept && t('bpjs.picker.fileDeleted')}
          </option>
        ))}
      </select>
    </div>
  );
}

function Results({ view, group, skip, onSkip, onChanged }: { view: View; group: Group; skip: number; onSkip: (skip: number) => void; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const [errors, setErrors] = useState<string[]>([]);
  const [taken, setTaken] = useState<string[]>([]);
  const page = view.results;

  async function take(result: Result) {
    const { takeBpjsStatus } = await execute(TakeBpjsStatusMutation, { input: { resultId: result.id } });
    setErrors(takeBpjsStatus.errors.map((e) => userErrorText(t, e)));
    if (takeBpjsStatus.errors.length === 0) {
      setTaken((ids) => [...ids, result.id]);
      onChanged();
    }
  }

  return (
    <section aria-labelledby="bpjs-results-title">
      <h2 id="bpjs-results-title">{t(`bpjs.group.${group}` as MessageKey)}</h2>
      <p className="muted small">{t(`bpjs.group.${group}.help` as MessageKey)}</p>
      <ErrorList messages={errors} />
      {page.totalCount === 0 ? (
        <EmptyState title={t('bpjs.results.empty')} />
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('bpjs.results.caption', { shown: formatInteger(page.nodes.length), total: formatInteger(page.totalCount) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bpjs.col.region')}</th>
                <th scope="col">NIK</th>
                <th scope="col">KPJ</th>
                <th scope="col">{t('bpjs.col.rosterName')}</th>
                <th scope="col">{t('bpjs.col.bpjsName')}</th>
                <th scope="col">{t('bpjs.col.bpjs')}</th>
                <th scope="col">{t('bpjs.col.note')}</th>
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((r) => (
                <tr key={r.id}>
                  <td className="mono">{r.regionCode}</td>
                  <td className="mono">{r.nik}</td>
                  <td className="mono">{r.kpj ?? '—'}</td>
                  <td>{r.rosterName ?? '—'}</td>
                  <td>{r.bpjsName ?? '—'}</td>
                  <td>
                    {r.activeAtBpjs === null ? t('bpjs.notInList') : !r.activeAtBpjs ? t('bpjs.inactive') : r.protectedAtBpjs ? t('bpjs.active') : t('bpjs.activeIncomplete')}
                    {r.segment && <span className="muted small"> · {r.segment} {r.programs}</span>}
                    {r.lastPaidMonth && <span className="muted small"> · {t('bpjs.lastPaid', { month: r.lastPaidMonth })}</span>}
                  </td>
                  <td>
                    {r.nameMismatch && <span className="badge">{t('bpjs.nameMismatch')}</span>} {r.birthDateMismatch && <span className="badge">{t('bpjs.birthMismatch')}</span>}
                    {r.formerOfficial && (
                      <span data-testid="bpjs-former">
                        <span className="badge">{t('bpjs.former')}</span>{' '}
                        <span className="muted small">
                          {t('bpjs.former.where', { village: r.formerOfficial.villageName ?? r.formerOfficial.villageCode, date: formatDate(r.formerOfficial.termEnd, lang) })}
                        </span>
                      </span>
                    )}
                    {r.group === 'ACTIVE_NOT_DECLARED' && can.editRoster(me.role, me.regionCode, r.regionCode) &&
                      (taken.includes(r.id) ? (
                        <span className="muted small">{t('bpjs.taken')}</span>
                      ) : (
                        <button type="button" onClick={() => take(r)}>
                          {t('bpjs.take')}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.totalCount > PAGE && (
        <p>
          <button type="button" disabled={skip === 0} onClick={() => onSkip(Math.max(0, skip - PAGE))}>
            {t('bpjs.previous')}
          </button>{' '}
          <button type="button" disabled={skip + PAGE >= page.totalCount} onClick={() => onSkip(skip + PAGE)}>
            {t('bpjs.next')}
          </button>
        </p>
      )}
    </section>
  );
}

/** A table's head: what the rows are, then one column per group. */
function GroupColumns({ first }: { first: string }) {
  const { t } = useI18n();
  return (
    <thead className="bpjs-group-columns">
      <tr>
        <th scope="col">{first}</th>
        {GROUPS.map((g) => (
          <th key={g} scope="col" className="num">
            {t(`bpjs.group.${g}` as MessageKey)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function History({ view }: { view: View }) {
  const { t, lang } = useI18n();
  if (view.history.length < 2) return null;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('bpjs.history.caption')}</caption>
        <GroupColumns first={t('bpjs.col.asOf')} />
        <tbody>
          {view.history.map((h) => (
            <tr key={h.run.id}>
              <th scope="row">
                {formatDate(h.run.asOf, lang)} <span className="muted small">{h.run.fileName}</span>
              </th>
              {GROUPS.map((g) => (
                <td key={g} className="num">
                  {formatInteger(countOf(h.groups, g))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
