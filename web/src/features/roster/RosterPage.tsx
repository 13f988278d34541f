import { Link, useLocation, useParams } from 'react-router-dom';
import type { RosterQuery as RosterData } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import './roster.css';
import { RosterQuery } from './operations';
import { FULL_VILLAGE_CODE, VillagePicker } from './VillagePicker';
import { rosterExportUrl, rosterTemplateUrl } from '../../shared/downloads';
import { PeopleBySegment, sortByPosition } from './RosterTable';
import { RosterSummaryLine } from './RosterSummaryLine';
import { RosterTimeline } from './RosterTimeline';
import { SubmitRosterPanel } from './RosterWorkflowPanels';
import { WithdrawPanel } from '../../shared/WithdrawPanel';
import { notifyWorkflowChanged } from '../../shared/workflowEvents';
import { useBpjsActiveNotDeclared } from '../bpjs/useBpjsActiveNotDeclared';

export function RosterPage() {
  const me = useMe();
  const params = useParams<{ villageCode?: string }>();
  const villageCode =
    params.villageCode ?? (me.role === 'VillageOperator' || FULL_VILLAGE_CODE.test(me.regionCode) ? me.regionCode : undefined);
  if (!villageCode) return <VillagePicker />;
  return <RosterView key={villageCode} villageCode={villageCode} />;
}

function RosterView({ villageCode }: { villageCode: string }) {
  const { t } = useI18n();
  const me = useMe();
  const editable = can.editRoster(me.role, me.regionCode, villageCode);
  const { data, error, loading, refetch } = useQuery(RosterQuery, { villageCode });
  const bpjs = useBpjsActiveNotDeclared(villageCode, refetch);
  const flash = (useLocation().state as { flash?: MessageKey } | null)?.flash;

  const heading = (name?: string) => (
    <h1>{name ? t('roster.title', { name }) : t('roster.title.plain')}</h1>
  );

  if (loading && !data) return (<>{heading()}<Loading /></>);
  if (error && !data) return (<>{heading()}<ErrorMessage error={error} onRetry={refetch} /></>);
  if (!data?.region) {
    return (
      <>
        {heading()}
        <EmptyState title={t('roster.notFound', { code: villageCode })}>
          {me.role === 'VillageOperator' ? (
            <Link to="/">{t('common.backToDashboard')}</Link>
          ) : (
            <Link to="/roster">{t('roster.pick.other')}</Link>
          )}
        </EmptyState>
      </>
    );
  }

  const people = data.people?.nodes ?? [];
  const total = data.people?.totalCount ?? people.length;
  const lastSubmission = data.submissions?.nodes?.[0] ?? null;
  const waiting = lastSubmission?.status === 'SUBMITTED';
  const changing = editable && !waiting;

  return (
    <>
      <div className="page-head">
        <div>
          {heading(data.region.name)}
          <p className="muted">
            {t('roster.code', { code: data.region.code })}
            {!editable && me.role !== 'VillageOperator' && (
              <>
                {' · '}
                <Link to="/roster">{t('roster.pick.other')}</Link>
              </>
            )}
          </p>
        </div>
        {changing && (
          <div className="button-row no-print" role="group" aria-label={t('roster.actions')}>
            <Link className="button button-primary" to={`/roster/${villageCode}/new`}>
              {t('roster.add')}
            </Link>
            <Link className="button" to={`/roster/${villageCode}/import`}>
              {t('roster.import')}
            </Link>
          </div>
        )}
      </div>

      {flash && (
        <p className="notice notice-ok" role="status">
          {t(flash)}
        </p>
      )}
      <SubmissionStatusLine submission={lastSubmission} />
      {!editable && <p className="notice">{t('roster.readOnly')}</p>}
      {data.rosterSummary && <RosterSummaryLine summary={data.rosterSummary} />}

      {people.length === 0 ? (
        <EmptyState title={t('roster.empty')}>
          <p>{editable ? t('roster.empty.start') : t('roster.empty.reader')}</p>
        </EmptyState>
      ) : (
        <PeopleBySegment people={sortByPosition(people, data.positions ?? [])} total={total} bpjs={bpjs} />
      )}

      {editable && waiting && lastSubmission && (
        <WithdrawPanel
          submissionId={lastSubmission.id}
          lead={<p className="notice">{t('roster.waiting')}</p>}
          onWithdrawn={() => {
            notifyWorkflowChanged();
            refetch();
          }}
        />
      )}
      {changing && (
        <SubmitRosterPanel
          villageCode={villageCode}
          draftCount={people.filter((p) => p.status === 'DRAFT').length}
          onSubmitted={refetch}
        />
      )}

      <DownloadsPanel villageCode={villageCode} withTemplate={editable} />
      <RosterTimeline timeline={data.timeline} />
      {loading && <Loading />}
    </>
  );
}

type LastSubmission = NonNullable<NonNullable<RosterData['submissions']>['nodes']>[number];

function SubmissionStatusLine({ submission }: { submission: LastSubmission | null }) {
  const { t, lang } = useI18n();
  if (!submission) return <p className="muted">{t('roster.lastSubmission.none')}</p>;
  return (
    <div className={`submission-line status-${submission.status.toLowerCase()}`}>
      <p>
        {t('roster.lastSubmission', {
          status: t(`roster.event.${submission.status}`),
          date: formatDateTime(submission.reviewedAt ?? submission.submittedAt, lang),
        })}
      </p>
      {submission.reason && <p>{t('roster.lastSubmission.reason', { reason: submission.reason })}</p>}
    </div>
  );
}

function DownloadsPanel({ villageCode, withTemplate }: { villageCode: string; withTemplate: boolean }) {
  const { t } = useI18n();
  return (
    <section className="panel no-print" aria-labelledby="roster-downloads">
      <h2 id="roster-downloads">{t('roster.downloads')}</h2>
      <div className="button-row">
        <a className="button" href={rosterExportUrl(villageCode, 'csv')} download>
          {t('roster.export.csv')}
        </a>
        <a className="button" href={rosterExportUrl(villageCode, 'xlsx')} download>
          {t('roster.export.xlsx')}
        </a>
        {withTemplate && <TemplateLinks villageCode={villageCode} />}
      </div>
    </section>
  );
}

export function TemplateLinks({ villageCode }: { villageCode: string }) {
  const { t } = useI18n();
  return (
    <>
      <a className="button" href={rosterTemplateUrl(villageCode, 'csv')} download>
        {t('roster.template.csv')}
      </a>
      <a className="button" href={rosterTemplateUrl(villageCode, 'xlsx')} download>
        {t('roster.template.xlsx')}
      </a>
    </>
  );
}
