import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApproveSubmissionsMutation as Result } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, userErrorText } from '../../shared/ui';
import { ApproveSubmissionsMutation } from './operations';

type Summary = NonNullable<Result['approveSubmissions']['summary']>;

/**
 * The regency (or the province) approves every waiting submission of the area shown that has no warnings, or the ones
 * chosen in the list, in one action; each is still its own approval. The summary names what was left for a closer look and why.
 */
export function BulkApprovePanel({
  regionCode,
  waiting,
  chosen,
  onDone,
}: {
  regionCode: string;
  waiting: number;
  chosen: string[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  async function approve(input: { regionCode: string } | { submissionIds: string[] }) {
    setBusy(true);
    setErrors([]);
    try {
      const data = await execute(ApproveSubmissionsMutation, { input });
      const { summary: result, errors: userErrors } = data.approveSubmissions;
      setErrors(userErrors.map((e) => userErrorText(t, e)));
      setSummary(result ?? null);
      onDone();
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  if (waiting === 0 && !summary && errors.length === 0) return null;
  return (
    <section className="panel subs-bulk" aria-labelledby="subs-bulk-title">
      <h2 id="subs-bulk-title">{t('subs.bulk.title')}</h2>
      <p className="muted small">{t('subs.bulk.help')}</p>
      <p className="muted small">{t('subs.bulk.chooseHelp')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void approve({ regionCode })}>
          {busy ? t('subs.bulk.busy') : t('subs.bulk.approve')}
        </button>
        {chosen.length > 0 && (
          <button type="button" disabled={busy} onClick={() => void approve({ submissionIds: chosen })}>
            {t('subs.bulk.approveChosen', { n: formatInteger(chosen.length) })}
          </button>
        )}
      </div>
      <ErrorList messages={errors} />
      {summary && (
        <div role="status">
          <p className="notice notice-ok">
            {t('subs.bulk.summary', {
              approved: formatInteger(summary.approvedCount),
              left: formatInteger(summary.left.length),
            })}
          </p>
          {summary.left.length > 0 && (
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
                  {summary.left.map((l) => (
                    <tr key={l.submissionId}>
                      <th scope="row">
                        <Link to={`/submissions/${l.submissionId}`}>{l.villageCode ?? l.submissionId}</Link>
                      </th>
                      <td>
                        {userErrorText(t, {
                          code: l.reason,
                          message: l.reason,
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
