import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { PersonQuery as PersonData } from '../../gql/graphql';
import { formatDate, formatDateTime, formatRupiah, maskNik, todayIso, villageLabel } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { PersonForm } from './AddPersonForm';
import { PersonQuery, PersonVillageQuery } from './operations';
import { PersonActions, type Flash } from './PersonActions';
import { termEndedBy } from './inOffice';
import { RosterStatusBadge } from './RosterTable';
import { WarningsNotice } from './WarningsNotice';
import './roster.css';

type Person = NonNullable<PersonData['person']>;

function useFlash(): MessageKey | undefined {
  const location = useLocation();
  return (location.state as Flash | null)?.flash;
}

/** /roster/person/:id — one version of a roster entry, its history and the operator's actions. */
export function PersonPage() {
  const { id = '' } = useParams<{ id: string }>();
  return <PersonView key={id} id={id} />;
}

function PersonView({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useMe();
  const flash = useFlash();
  const { data, error, loading, refetch } = useQuery(PersonQuery, { id });
  const person = data?.person ?? null;
  const editable = person !== null && can.editRoster(me.role, me.regionCode, person.villageCode);
  const village = useQuery(PersonVillageQuery, { villageCode: person?.villageCode ?? '' }, { skip: !editable });

  if (loading && !data) return (<><h1>{t('person.page.title')}</h1><Loading /></>);
  if (error && !data) return (<><h1>{t('person.page.title')}</h1><ErrorMessage error={error} onRetry={refetch} /></>);
  if (!person) {
    return (
      <>
        <h1>{t('person.page.title')}</h1>
        <EmptyState title={t('person.notFound')}>
          <Link to="/roster">{t('roster.backToRoster')}</Link>
        </EmptyState>
      </>
    );
  }

  const rosterLink = `/roster/${person.villageCode}`;
  const current = person.history[0];
  const isCurrent = !current || current.id === person.id;
  const waiting = village.data?.submissions?.nodes?.[0]?.status === 'SUBMITTED';
  const mayAct = editable && isCurrent && person.status !== 'PENDING' && person.status !== 'SUPERSEDED';

  return (
    <>
      <p className="muted small no-print">
        <Link to={rosterLink}>
          ← {t('person.backTo', { name: person.village?.name ?? person.villageCode })}
        </Link>
      </p>
      <div className="page-head">
        <div>
          <h1>
            {person.fullName} <RosterStatusBadge status={person.status} />
          </h1>
          <p className="muted">
            {person.position.name} · {t(`segment.${person.position.segment}`)} ·{' '}
            {person.village?.name ?? person.villageCode}
          </p>
        </div>
      </div>

      {flash && (
        <p className="notice notice-ok" role="status">
          {t(flash)}
        </p>
      )}
      {!isCurrent && current && (
        <p className="notice">
          {t('person.oldVersion')} <Link to={`/roster/person/${current.id}`}>{t('person.oldVersion.open')}</Link>
        </p>
      )}
      {person.status === 'PENDING' && <p className="notice">{t('person.pending')}</p>}
      {person.reviewComment && (
        <div className="notice notice-error">
          <p>
            <strong>{t('person.reviewComment')}</strong> {person.reviewComment}
          </p>
        </div>
      )}
      <WarningsNotice title={t('roster.warnings')} warnings={person.warnings} />

      <Facts person={person} />

      {person.nikConflicts.length > 0 && (
        <section className="panel" aria-labelledby="nik-conflicts">
          <h2 id="nik-conflicts">{t('person.nikConflicts')}</h2>
          <ul>
            {person.nikConflicts.map((c) => (
              <li key={`${c.villageCode}-${c.positionCode}`}>
                {t('person.nikConflicts.item', { village: villageLabel(c.villageCode, c.villageName), position: c.positionCode })}
              </li>
            ))}
          </ul>
          <p className="muted small">
            {person.nikNote ? t('person.nikNote.given', { note: person.nikNote }) : t('person.nikNote.none')}
          </p>
        </section>
      )}

      {mayAct && village.data && (
        waiting ? (
          <p className="notice">{t('roster.waiting')}</p>
        ) : (
          <PersonActions person={person} rosterLink={rosterLink} />
        )
      )}

      <History person={person} />
      <p>
        <Link to={rosterLink}>{t('roster.backToRoster')}</Link>
      </p>
      {loading && <Loading />}
    </>
  );
}

/** Form labels without their "(opsional)" / "(optional)": on a detail page nothing is asked for. */
function plain(label: string): string {
  return label.replace(/\s*\((opsional|optional)\)$/, '').replace(/:$/, '');
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{plain(label)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Facts({ person }: { person: Person }) {
  const { t, lang } = useI18n();
  const e = person.enrollment;
  const ended = termEndedBy(person, todayIso());
  const premium = person.payablePremium?.amount;
  return (
    <>
      <dl className="facts person-facts" aria-label={t('person.section.identity')}>
        <Fact label={t('person.nik')}>
          <span className="mono">{maskNik(person.nik)}</span>
        </Fact>
        <Fact label={t('person.sex')}>{t(`person.sex.${person.sex}`)}</Fact>
        <Fact label={t('person.birthDate')}>{formatDate(person.birthDate, lang)}</Fact>
        <Fact label={t('person.phone')}>{person.phone ?? t('common.dash')}</Fact>
        <Fact label={t('person.position')}>{person.position.name}</Fact>
        <Fact label={t('person.appointment')}>{t(`person.appointment.${person.appointment}`)}</Fact>
        <Fact label={t('roster.col.term')}>
          {formatDate(person.termStart, lang)} – {person.termEnd ? formatDate(person.termEnd, lang) : t('roster.term.open')}
          {ended && <span className="badge badge-ended block-badge">{t('roster.term.ended')}</span>}
        </Fact>
        <Fact label={t('person.skNumber')}>{person.skNumber ?? t('common.dash')}</Fact>
        <Fact label={t('person.skDate')}>{formatDate(person.skDate, lang)}</Fact>
        <Fact label={t('roster.col.covered')}>
          <span className={person.covered ? 'yes' : 'no'}>{person.covered ? t('common.yes') : t('common.no')}</span>
        </Fact>
        <Fact label={t('person.approvedAt')}>{formatDateTime(person.approvedAt, lang)}</Fact>
        {person.nikNote && <Fact label={t('person.nikNote')}>{person.nikNote}</Fact>}
      </dl>
      <section aria-labelledby="person-enrollment">
        <h2 id="person-enrollment">{t('person.enrollment')}</h2>
        {e ? (
          <dl className="facts person-facts">
            <Fact label={t('person.kpj')}>
              <span className="mono">{e.kpj}</span>
            </Fact>
            <Fact label={t('person.enrollmentStatus')}>{t(`enrollment.status.${e.status}`)}</Fact>
            <Fact label={t('person.scheme')}>{e.scheme}</Fact>
            <Fact label={t('person.programs')}>{e.programs.join(', ')}</Fact>
            <Fact label={t('person.wageBase')}>{formatRupiah(e.wageBase)}</Fact>
            <Fact label={t('person.enrollmentStart')}>{formatDate(e.startDate, lang)}</Fact>
            <Fact label={t('roster.col.premium')}>{premium != null ? formatRupiah(premium) : t('common.dash')}</Fact>
          </dl>
        ) : (
          <p className="muted">{t('person.enrollment.none')}</p>
        )}
      </section>
    </>
  );
}

/** The official version a draft changes (its history holds it), or null for an entry that was never approved. */
function History({ person }: { person: Person }) {
  const { t, lang } = useI18n();
  if (person.history.length === 0) return null;
  return (
    <section aria-labelledby="person-history">
      <h2 id="person-history">{t('person.history')}</h2>
      <p className="muted small">{t('person.history.help')}</p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('person.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roster.col.status')}</th>
              <th scope="col">{t('person.approvedAt')}</th>
              <th scope="col">{t('roster.col.name')}</th>
              <th scope="col">{t('roster.col.position')}</th>
              <th scope="col">{t('roster.col.term')}</th>
              <th scope="col">{t('person.enrollment.short')}</th>
              <th scope="col">{plain(t('person.reviewComment'))}</th>
            </tr>
          </thead>
          <tbody>
            {person.history.map((v) => (
              <tr key={v.id} aria-current={v.id === person.id ? 'true' : undefined}>
                <td>
                  <RosterStatusBadge status={v.status} />
                </td>
                <td className="nowrap">{formatDateTime(v.approvedAt, lang)}</td>
                <th scope="row">
                  {v.id === person.id ? (
                    <>
                      {v.fullName} <span className="muted small">({t('person.history.shown')})</span>
                    </>
                  ) : (
                    <Link to={`/roster/person/${v.id}`}>{v.fullName}</Link>
                  )}
                </th>
                <td>
                  {v.position.name}
                  {v.appointment === 'ACTING' && <span className="muted small"> · {t('person.appointment.short.ACTING')}</span>}
                </td>
                <td className="nowrap">
                  {formatDate(v.termStart, lang)} – {v.termEnd ? formatDate(v.termEnd, lang) : t('roster.term.open')}
                </td>
                <td>
                  {v.enrollment
                    ? `${t(`enrollment.status.${v.enrollment.status}`)} · ${v.enrollment.programs.join(', ')}`
                    : t('common.dash')}
                </td>
                <td>{v.reviewComment ?? t('common.dash')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** /roster/person/:id/edit — the edit form, prefilled; saving makes (or updates) a draft change. */
export function EditPersonPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(PersonQuery, { id, withPositions: true });
  const back = `/roster/person/${id}`;
  const title = <h1>{t('person.edit')}</h1>;

  if (loading && !data) return (<>{title}<Loading /></>);
  if (error && !data) return (<>{title}<ErrorMessage error={error} onRetry={refetch} /></>);
  const person = data?.person;
  if (!person) {
    return (
      <>
        {title}
        <EmptyState title={t('person.notFound')}>
          <Link to="/roster">{t('roster.backToRoster')}</Link>
        </EmptyState>
      </>
    );
  }
  const current = person.history[0];
  const blocked = !can.editRoster(me.role, me.regionCode, person.villageCode)
    ? t('roster.forbidden')
    : person.status === 'PENDING'
      ? t('person.pending')
      : person.status === 'SUPERSEDED' || (current && current.id !== person.id)
        ? t('person.oldVersion')
        : null;

  return (
    <>
      <p className="muted small">
        <Link to={back}>← {t('person.backToPerson', { name: person.fullName })}</Link>
      </p>
      {blocked ? (
        <>
          {title}
          <p className="notice notice-error" role="alert">
            {blocked}
          </p>
        </>
      ) : (
        <PersonForm
          mode="edit"
          person={person}
          positions={data?.positions ?? []}
          cancelTo={back}
          onSaved={(saved) =>
            navigate(`/roster/person/${saved.id || id}`, { state: { flash: 'person.updated' } satisfies Flash })
          }
        />
      )}
    </>
  );
}
