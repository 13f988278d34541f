import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type {
  RegionLevel,
  SubmissionAreasQuery as SubmissionAreasData,
  SubmissionFilterInput,
  SubmissionsQuery as SubmissionsData,
  SubmissionStatus,
} from '../../gql/graphql';
import { formatDateTime, formatInteger } from '../../shared/format';
import { useI18n, type MessageKey, type Translate } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { usePagedList } from '../../shared/usePagedList';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { BulkApprovePanel } from './BulkApprovePanel';
import { SubmissionAreasQuery, SubmissionsQuery } from './operations';
import './submissions.css';

type Submission = NonNullable<NonNullable<SubmissionsData['submissions']>['nodes']>[number];

export const SUBMISSION_STATUSES: SubmissionStatus[] = ['SUBMITTED', 'APPROVED', 'RETURNED', 'WITHDRAWN', 'REOPENED'];
const PAGE_SIZE = 50;

/**
 * Regency staff and the province admin: the inbox, oldest first, waiting ones by default, by district or regency.
 * Village operators: their own submissions, newest first, with the regency's reason. Viewers: a read-only list.
 * Filters live in the address (?status=…&area=…) so a reload or the back button keeps them.
 */
export function SubmissionsPage() {
  const { t } = useI18n();
  const me = useMe();
  const reviewer = can.reviewSubmissions(me.role);
  const operator = me.role === 'VillageOperator';
  const [params, setParams] = useSearchParams();

  const statusParam = params.get('status');
  const status: SubmissionStatus | 'ALL' =
    statusParam === 'ALL' || SUBMISSION_STATUSES.includes(statusParam as SubmissionStatus)
      ? (statusParam as SubmissionStatus | 'ALL')
      : reviewer
        ? 'SUBMITTED'
        : 'ALL';
  const area = params.get('area') ?? '';
  const [chosen, setChosen] = useState<string[]>([]);
  const areas = useQuery(SubmissionAreasQuery, { code: me.regionCode }, { skip: operator }).data?.region;
  const areaShown = useQuery(SubmissionAreasQuery, { code: area }, { skip: !reviewer || !area }).data?.region;
  const shown = area ? areaShown : me.region;

  const where: SubmissionFilterInput = {};
  if (status !== 'ALL') where.status = { eq: status };
  if (area) where.villageCode = { startsWith: `${area}.` };
  const list = usePagedList(
    SubmissionsQuery,
    { first: PAGE_SIZE, where, order: [{ submittedAt: operator ? 'DESC' : 'ASC' }] },
    (data) => data.submissions,
  );

  function setFilter(name: 'status' | 'area', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  // The title says what the menu item said: the inbox, the operator's own history, or the read-only list.
  const title = <h1>{t(reviewer ? 'subs.title.inbox' : operator ? 'subs.title.own' : 'subs.title.list')}</h1>;
  const intro = (
    <p className="muted">{reviewer ? t('subs.intro.inbox') : operator ? t('subs.intro.operator') : t('subs.intro.list')}</p>
  );
  const filtered = status !== (reviewer ? 'SUBMITTED' : 'ALL') || area !== '';

  return (
    <>
      {title}
      {intro}
      <SubmissionFilters
        status={status}
        area={area}
        region={operator ? undefined : areas}
        onStatus={(v) => setFilter('status', v)}
        onArea={(v) => setFilter('area', v)}
      />
      <ExportLinks status={status} area={operator ? '' : area} />
      {/* Outside the list, so that its summary stays when the approval emptied the list. */}
      {reviewer && status === 'SUBMITTED' && (
        <BulkApprovePanel
          regionCode={area || me.regionCode}
          regionName={shown ? regionName(t, shown) : area || me.regionCode}
          waiting={list.nodes.length}
          submissions={list.nodes}
          chosen={chosen}
          onDone={() => {
            setChosen([]);
            list.retry();
          }}
        />
      )}
      {list.loading && list.nodes.length === 0 ? (
        <Loading />
      ) : list.error && list.nodes.length === 0 ? (
        <ErrorMessage error={list.error} onRetry={list.retry} />
      ) : list.nodes.length === 0 ? (
        <EmptyState
          title={
            filtered
              ? t('subs.empty.filtered')
              : reviewer
                ? t('subs.empty.inbox')
                : operator
                  ? t('subs.empty.operator')
                  : t('subs.empty.list')
          }
        >
          {filtered || reviewer ? (
            <p>
              <Link to="/submissions?status=ALL">{t('subs.filter.reset')}</Link>
            </p>
          ) : operator ? (
            <p>
              <Link to="/roster">{t('subs.empty.operator.next')}</Link>
            </p>
          ) : (
            <p>
              <Link to="/">{t('common.backToDashboard')}</Link>
            </p>
          )}
        </EmptyState>
      ) : (
        <>
          {reviewer && status === 'SUBMITTED' && <p className="summary">{t('subs.pending', { n: formatInteger(list.totalCount) })}</p>}
          <SubmissionsTable
            submissions={list.nodes}
            reviewer={reviewer}
            userName={me.userName}
            newestFirst={operator}
            chosen={reviewer && status === 'SUBMITTED' ? chosen : null}
            onChoose={(id, on) => setChosen((now) => (on ? [...now, id] : now.filter((c) => c !== id)))}
          />
          {list.totalCount > list.nodes.length && (
            <ListFoot
              shown={list.nodes.length}
              total={list.totalCount}
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onMore={list.loadMore}
              shownText={t('subs.more', { shown: list.nodes.length, total: list.totalCount })}
              moreLabel={t('subs.loadMore')}
            />
          )}
          {list.error != null && <ErrorMessage error={list.error} onRetry={list.loadMore} />}
        </>
      )}
    </>
  );
}

/** The export of what the filters show, complete (not only the loaded page): one status, one district or regency. */
export function submissionsExportUrl(format: 'csv' | 'xlsx', status: SubmissionStatus | 'ALL', area: string): string {
  let url = `/api/submissions/export?format=${format}`;
  if (status !== 'ALL') url += `&status=${encodeURIComponent(status)}`;
  if (area) url += `&region=${encodeURIComponent(area)}`;
  return url;
}

function ExportLinks({ status, area }: { status: SubmissionStatus | 'ALL'; area: string }) {
  const { t } = useI18n();
  return (
    <div className="button-row subs-export no-print" role="group" aria-label={t('subs.export.label')}>
      <a className="button" href={submissionsExportUrl('csv', status, area)} download>
        {t('subs.export.csv')}
      </a>
      <a className="button" href={submissionsExportUrl('xlsx', status, area)} download>
        {t('subs.export.xlsx')}
      </a>
      <span className="muted small">{t('subs.export.hint')}</span>
    </div>
  );
}

type Areas = SubmissionAreasData['region'];

/** Districts and provinces are named bare ("Sejangkung", "Kalimantan Barat"); regencies carry "Kabupaten"/"Kota" already. */
function regionName(t: Translate, { name, level }: { name: string; level: RegionLevel }): string {
  return level === 'DISTRICT' || level === 'PROVINCE' ? t(`subs.area.${level}`, { name }) : name;
}

function SubmissionFilters({
  status,
  area,
  region,
  onStatus,
  onArea,
}: {
  status: SubmissionStatus | 'ALL';
  area: string;
  /** The user's region and the areas under it; none for a village operator. */
  region: Areas | undefined;
  onStatus: (value: string) => void;
  onArea: (value: string) => void;
}) {
  const { t } = useI18n();
  const areas = region?.children?.nodes ?? [];
  // Named after what it lists: the regencies of a province, the provinces of the country, else districts.
  const areaLabel: MessageKey =
    region?.level === 'PROVINCE' || region?.level === 'COUNTRY' ? `subs.filter.area.${region.level}` : 'subs.filter.area.REGENCY';

  return (
    <form className="search-form subs-filters" role="search" aria-label={t('subs.filter.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="subs-status">{t('subs.filter.status')}</label>
        <select id="subs-status" value={status} onChange={(e) => onStatus(e.target.value)}>
          {SUBMISSION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`subs.status.${s}`)}
            </option>
          ))}
          <option value="ALL">{t('subs.filter.status.all')}</option>
        </select>
      </div>
      {areas.length > 0 && (
        <div className="field">
          <label htmlFor="subs-area">{t(areaLabel)}</label>
          <select id="subs-area" value={area} onChange={(e) => onArea(e.target.value)}>
            <option value="">{t('subs.filter.area.all')}</option>
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}

/** With `chosen` (the inbox), each waiting submission can be chosen for a bulk approval. */
function SubmissionsTable({
  submissions,
  reviewer,
  userName,
  newestFirst,
  chosen,
  onChoose,
}: {
  submissions: Submission[];
  reviewer: boolean;
  userName: string;
  newestFirst: boolean;
  chosen: string[] | null;
  onChoose: (id: string, on: boolean) => void;
}) {
  const { t, lang } = useI18n();

  return (
    <div className="table-wrap">
      <table className="subs-table">
        <caption className="sr-only">{newestFirst ? t('subs.caption.newest') : t('subs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('subs.col.village')}</th>
            <th scope="col">{t('subs.col.submittedAt')}</th>
            <th scope="col">{t('subs.col.submittedBy')}</th>
            <th scope="col">{t('subs.col.changes')}</th>
            <th scope="col">{t('subs.col.status')}</th>
            <th scope="col">{t('subs.col.reason')}</th>
            <th scope="col">
              <span className="sr-only">{t('subs.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => {
            const village = s.village?.name ?? s.villageCode;
            const review = reviewer && s.status === 'SUBMITTED';
            return (
              <tr key={s.id}>
                <th scope="row">
                  {chosen && s.status === 'SUBMITTED' && (
                    <input
                      type="checkbox"
                      className="subs-choose"
                      aria-label={t('subs.bulk.choose', { village })}
                      checked={chosen.includes(s.id)}
                      onChange={(e) => onChoose(s.id, e.target.checked)}
                    />
                  )}
                  <Link to={`/submissions/${s.id}`}>{village}</Link>
                  <span className="code">{s.villageCode}</span>
                  {s.needsCloserLook && <CloserLookBadge submission={s} />}
                </th>
                <td>
                  {formatDateTime(s.submittedAt, lang)}
                  {s.status === 'SUBMITTED' && (
                    <span className={`block small${s.waitingDays >= 7 ? ' waiting-long' : ' muted'}`}>
                      {waitingText(t, s.waitingDays)}
                    </span>
                  )}
                </td>
                <td>
                  {/* An import is sent by its importer: said once, in the mark. */}
                  {s.importedBy !== s.submittedBy && s.submittedBy}
                  {s.importedBy && <ImportedMark submission={s} own={s.importedBy === userName} />}
                </td>
                <td>
                  <span className="nowrap">
                    {t('subs.counts', {
                      added: formatInteger(s.addedCount),
                      changed: formatInteger(s.changedCount),
                      ended: formatInteger(s.endedCount),
                    })}
                  </span>
                </td>
                <td>
                  <SubmissionStatusBadge status={s.status} />
                  {s.reviewedBy && (
                    <span className="small muted block">
                      {t('subs.reviewed', { by: s.reviewedBy, date: formatDateTime(s.reviewedAt, lang) })}
                    </span>
                  )}
                </td>
                <td>{s.reason ?? t('common.dash')}</td>
                <td className="actions">
                  <Link
                    to={`/submissions/${s.id}`}
                    className={review ? 'button button-primary' : 'button'}
                    aria-label={t(review ? 'subs.open.aria' : 'subs.view.aria', { village })}
                  >
                    {review ? t('subs.open') : t('subs.view')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Something taken away or someone leaving office: "approve all without warnings" leaves it for a closer look. */
function CloserLookBadge({ submission: s }: { submission: Submission }) {
  const { t } = useI18n();
  return (
    <span className="badge badge-warn subs-closer-look" title={t('subs.closerLook.help')}>
      {s.warningCount > 0 ? t('subs.closerLook.warnings', { n: formatInteger(s.warningCount) }) : t('subs.closerLook.ended')}
    </span>
  );
}

/** Imported by the regency or province on the village's behalf; whoever imported it may not approve it (four eyes). */
function ImportedMark({ submission: s, own }: { submission: Submission; own: boolean }) {
  const { t } = useI18n();
  return (
    <span className="block small subs-imported">
      <span className="badge">{t('subs.imported.by', { by: s.importedBy ?? '' })}</span>
      {s.importedFrom && <span className="muted subs-imported-file"> {s.importedFrom}</span>}
      {own && <span className="block muted">{t('subs.imported.own')}</span>}
    </span>
  );
}

/** How long a submission has waited: "diajukan hari ini" on its first day, then "menunggu N hari". */
export function waitingText(t: Translate, days: number): string {
  if (days <= 0) return t('subs.waiting.today');
  return t('subs.waiting', { n: days });
}

export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`subs.status.${status}`)}</span>;
}
