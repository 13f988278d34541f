import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApproveSubmissionsMutation as Result, SubmissionsQuery as SubmissionsData } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, userErrorText } from '../../shared/ui';
import { useMe } from '../auth/session';
import { ApproveSubmissionsMutation, SubmissionsQuery } from './operations';

/** A waiting submission: a row of the list, or one the region's approval would find. */
type Candidate = NonNullable<NonNullable<SubmissionsData['submissions']>['nodes']>[number];
type Left = NonNullable<Result['approveSubmissions']['summary']>['left'][number];
/** A submission named by its village (its id when neither the list nor the region's candidates had it). */
type Named = Pick<Candidate, 'id' | 'villageCode'> & { village?: Candidate['village'] };
type Outcome = { approved: Named[]; left: (Left & { named?: Named })[] };
type Confirming = { kind: 'region'; candidates: Candidate[] | null } | { kind: 'chosen'; candidates: Candidate[] };

// Longer than this, the approved villages fold away so that what was left stays in sight.
const APPROVED_SHOWN_OPEN = 10;
// The largest page the API gives.
const CANDIDATES_PAGE = 200;

/**
 * The regency (or the province) approves every waiting submission of the area shown that has no warnings, or the ones
 * chosen in the list, in one action; each is still its own approval. It first says how many it would approve where,
 * and what it would leave (warnings, the reviewer's own imports: four eyes); the summary names what was approved and
 * what was left for a closer look and why.
 */
export function BulkApprovePanel({
  regionCode,
  regionName,
  waiting,
  submissions,
  chosen,
  onDone,
}: {
  regionCode: string;
  regionName: string;
  waiting: number;
  /** The rows loaded in the list: the chosen ones among them, and names for the summary. */
  submissions: Candidate[];
  chosen: string[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  async function confirmRegion() {
    setConfirming({ kind: 'region', candidates: null });
    setErrors([]);
    try {
      setConfirming({ kind: 'region', candidates: await waitingIn(regionCode) });
    } catch (error) {
      setConfirming(null);
      setErrors([describeError(error, t)]);
    }
  }

  async function approve({ kind, candidates }: Confirming) {
    setBusy(true);
    setErrors([]);
    try {
      const input = kind === 'region' ? { regionCode } : { submissionIds: chosen };
      const data = await execute(ApproveSubmissionsMutation, { input });
      const { summary, errors: userErrors } = data.approveSubmissions;
      setErrors(userErrors.map((e) => userErrorText(t, e)));
      const known = new Map([...submissions, ...(candidates ?? [])].map((s) => [s.id, s]));
      setOutcome(
        summary && {
          approved: summary.approved.map((id) => known.get(id) ?? { id, villageCode: id }),
          left: summary.left.map((l) => ({ ...l, named: known.get(l.submissionId) })),
        },
      );
      setConfirming(null);
      onDone();
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  if (waiting === 0 && !outcome && errors.length === 0) return null;
  return (
    <section className="panel subs-bulk" aria-labelledby="subs-bulk-title">
      <h2 id="subs-bulk-title">{t('subs.bulk.title')}</h2>
      <p className="muted small">{t('subs.bulk.help')}</p>
      <p className="muted small">{t('subs.bulk.chooseHelp')}</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          aria-expanded={confirming?.kind === 'region'}
          aria-controls="subs-bulk-confirm"
          onClick={() => void confirmRegion()}
        >
          {t('subs.bulk.approve')}
        </button>
        {chosen.length > 0 && (
          <button
            type="button"
            disabled={busy}
            aria-expanded={confirming?.kind === 'chosen'}
            aria-controls="subs-bulk-confirm"
            onClick={() => setConfirming({ kind: 'chosen', candidates: submissions.filter((s) => chosen.includes(s.id)) })}
          >
            {t('subs.bulk.approveChosen', { n: formatInteger(chosen.length) })}
          </button>
        )}
      </div>
      {confirming && (
        <BulkConfirmation
          confirming={confirming}
          regionName={regionName}
          userName={me.userName}
          busy={busy}
          onYes={() => void approve(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      <ErrorList messages={errors} />
      {outcome && <BulkOutcome outcome={outcome} />}
    </section>
  );
}

/** Every submission waiting in a region, page by page (a province's inbox can be longer than one page). */
async function waitingIn(regionCode: string): Promise<Candidate[]> {
  const where = { status: { eq: 'SUBMITTED' as const }, villageCode: { startsWith: `${regionCode}.` } };
  const all: Candidate[] = [];
  let after: string | null = null;
  do {
    const data: SubmissionsData = await execute(SubmissionsQuery, { first: CANDIDATES_PAGE, after, where, order: [{ submittedAt: 'ASC' }] });
    all.push(...(data.submissions?.nodes ?? []));
    after = data.submissions?.pageInfo.hasNextPage ? (data.submissions.pageInfo.endCursor ?? null) : null;
  } while (after);
  return all;
}

/** How many would be approved where, and what would be left: those with warnings (unless chosen), one's own imports. */
function BulkConfirmation({
  confirming,
  regionName,
  userName,
  busy,
  onYes,
  onCancel,
}: {
  confirming: Confirming;
  regionName: string;
  userName: string;
  busy: boolean;
  onYes: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { kind, candidates } = confirming;
  if (!candidates) {
    return (
      <div id="subs-bulk-confirm" className="confirm" role="status">
        <p>{t('subs.bulk.counting')}</p>
      </div>
    );
  }
  const own = candidates.filter((c) => c.importedBy === userName && (kind === 'chosen' || !c.needsCloserLook)).length;
  // A region's approval leaves every one with warnings; a chosen set approves them, all but one's own imports.
  const warnings = candidates.filter((c) => c.needsCloserLook && (kind === 'region' || c.importedBy !== userName)).length;
  const approvable = candidates.length - own - (kind === 'region' ? warnings : 0);
  const n = formatInteger(approvable);
  return (
    <div id="subs-bulk-confirm" className="confirm" role="group" aria-label={t('subs.bulk.confirm.label')}>
      <p>
        {approvable === 0
          ? t('subs.bulk.confirm.none', { region: regionName })
          : kind === 'region'
            ? t('subs.bulk.confirm.region', { n, region: regionName })
            : t('subs.bulk.confirm.chosen', { n })}
      </p>
      {(warnings > 0 || own > 0) && (
        <ul className="small">
          {warnings > 0 && (
            <li>{t(kind === 'region' ? 'subs.bulk.confirm.warnings' : 'subs.bulk.confirm.chosenWarnings', { n: formatInteger(warnings) })}</li>
          )}
          {own > 0 && <li>{t('subs.bulk.confirm.own', { n: formatInteger(own) })}</li>}
        </ul>
      )}
      {approvable > 0 && <p className="small">{t('subs.bulk.confirm.official')}</p>}
      <div className="button-row">
        {approvable > 0 && (
          <button type="button" className="primary" disabled={busy} onClick={onYes}>
            {busy ? t('subs.bulk.busy') : t(kind === 'region' ? 'subs.bulk.yes' : 'subs.bulk.yesChosen')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

/** What was approved (folded away when long) and what was left for a closer look, and why. */
function BulkOutcome({ outcome: { approved, left } }: { outcome: Outcome }) {
  const { t } = useI18n();
  const approvedList = (
    <ul className="subs-approved">
      {approved.map((s) => (
        <li key={s.id}>
          <VillageLink submission={s} />
        </li>
      ))}
    </ul>
  );
  return (
    <div role="status">
      <p className="notice notice-ok">
        {t('subs.bulk.summary', { approved: formatInteger(approved.length), left: formatInteger(left.length) })}
      </p>
      {approved.length > 0 &&
        (approved.length > APPROVED_SHOWN_OPEN ? (
          <details className="subs-approved-all">
            <summary>{t('subs.bulk.approvedShow', { n: formatInteger(approved.length) })}</summary>
            {approvedList}
          </details>
        ) : (
          <section aria-label={t('subs.bulk.approvedList')}>
            <h3 className="small">{t('subs.bulk.approvedList')}</h3>
            {approvedList}
          </section>
        ))}
      {left.length > 0 && (
        <div className="table-wrap">
          <table className="region-table">
            <caption>{t('subs.bulk.left')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('subs.bulk.village')}</th>
                <th scope="col">{t('subs.bulk.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {left.map((l) => (
                <tr key={l.submissionId}>
                  <th scope="row">
                    <VillageLink submission={l.named ?? { id: l.submissionId, villageCode: l.villageCode ?? l.submissionId }} />
                  </th>
                  <td>{userErrorText(t, { code: l.reason, message: l.reason })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function VillageLink({ submission: s }: { submission: Named }) {
  return (
    <>
      <Link to={`/submissions/${s.id}`}>{s.village?.name ?? s.villageCode}</Link>
      {s.village && <span className="code">{s.villageCode}</span>}
    </>
  );
}
