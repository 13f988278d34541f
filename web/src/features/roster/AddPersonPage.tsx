import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { PersonForm } from './AddPersonForm';
import { PersonFormQuery } from './operations';
import './roster.css';

/** /roster/:villageCode/new: the operator adds people one after another, then goes back to the roster. */
export function AddPersonPage() {
  const { villageCode = '' } = useParams<{ villageCode: string }>();
  const { t } = useI18n();
  const me = useMe();
  const editable = can.editRoster(me.role, me.regionCode, villageCode);
  const { data, error, loading, refetch } = useQuery(PersonFormQuery, { villageCode }, { skip: !editable });
  const back = `/roster/${villageCode}`;

  const frame = (body: ReactNode, name?: string) => (
    <>
      <div className="page-head">
        <div>
          <h1>{t('person.add.title')}</h1>
          <p className="muted">{name ? t('person.add.village', { name, code: villageCode }) : villageCode}</p>
        </div>
        <Link className="button" to={back}>
          {t('roster.backToRoster')}
        </Link>
      </div>
      {body}
    </>
  );

  if (!editable) {
    return frame(
      <p className="notice notice-error" role="alert">
        {t('roster.forbidden')}
      </p>,
    );
  }
  if (loading && !data) return frame(<Loading />);
  if (error && !data) return frame(<ErrorMessage error={error} onRetry={refetch} />);
  if (!data?.region) return frame(<p className="notice">{t('roster.notFound', { code: villageCode })}</p>);
  if (data.submissions?.nodes?.[0]?.status === 'SUBMITTED') {
    return frame(<p className="notice">{t('roster.waiting')}</p>, data.region.name);
  }
  return frame(
    <>
      <PersonForm mode="add" villageCode={villageCode} positions={data.positions} />
      <p>
        <Link to={back}>{t('person.add.done')}</Link>
      </p>
    </>,
    data.region.name,
  );
}
