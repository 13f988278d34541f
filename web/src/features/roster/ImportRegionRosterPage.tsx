import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ImportRegionRosterMutation as ImportResult } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { readBase64 } from '../../shared/files';
import { formatInteger } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { FileChooser, ImportSteps } from '../../shared/importWizard';
import { describeError, ErrorList, Loading, userErrorText } from '../../shared/ui';
import { useMe } from '../auth/session';
import { ConfirmLosses } from './ImportLosses';
import { ImportRegionRosterMutation } from './operations';
import { TemplateLinks } from './RosterPage';
import './roster.css';

type Report = NonNullable<ImportResult['importRegionRoster']['report']>;

interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'rosterImport.step2.short', 'import.step3.short'];

/**
 * /roster-import — a regency's staff (their regency) or the province admin (their province) import one file of many
 * villages: the dry run per village and per row, then applied as one submission per village, sent on its behalf.
 */
export function ImportRegionRosterPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('regionImport.title')}</h1>
          <p className="muted">{t('regionImport.intro', { code: me.regionCode })}</p>
        </div>
      </div>
      {can.importRegionRoster(me.role) ? (
        <Wizard regionCode={me.regionCode} />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('roster.forbidden')}
        </p>
      )}
    </>
  );
}

function Wizard({ regionCode }: { regionCode: string }) {
  const { t } = useI18n();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [applied, setApplied] = useState<Report | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState<'reading' | 'checking' | 'applying' | null>(null);
  const [lossesConfirmed, setLossesConfirmed] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function run(chosen: ChosenFile, dryRun: boolean) {
    setBusy(dryRun ? 'checking' : 'applying');
    setErrors([]);
    try {
      const data = await execute(ImportRegionRosterMutation, {
        input: {
          regionCode,
          fileName: chosen.name,
          fileBase64: chosen.base64,
          dryRun,
          confirmLosses: !dryRun && lossesConfirmed,
        },
      });
      const { report: result, errors: userErrors } = data.importRegionRoster;
      if (userErrors.length > 0) setErrors(userErrors.map((e) => userErrorText(t, e)));
      if (!result) return;
      if (!dryRun && result.applied) setApplied(result);
      else setReport(result);
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(null);
    }
  }

  async function choose(picked: File | undefined) {
    setFile(null);
    setReport(null);
    setApplied(null);
    setErrors([]);
    setLossesConfirmed(false);
    if (!picked) return;
    setBusy('reading');
    try {
      const chosen = {
        name: picked.name,
        size: picked.size,
        base64: await readBase64(picked),
      };
      setFile(chosen);
      await run(chosen, true);
    } catch (error) {
      setErrors([describeError(error, t)]);
      setBusy(null);
    }
  }

  const changes = report ? report.added + report.changed + report.ended : 0;
  const losses = report && !report.refused ? report.warningCount : 0;
  const canApply =
    !!file && !!report && !report.refused && changes > 0 && (losses === 0 || lossesConfirmed) && !applied && busy === null;
  const step = applied ? 3 : report ? (report.refused ? 2 : 3) : file ? 2 : 1;

  return (
    <>
      <ImportSteps current={step} done={applied !== null} labels={STEP_LABELS} />
      <section className="panel wizard-step" aria-labelledby="region-import-1">
        <h2 id="region-import-1">{t('rosterImport.step1')}</h2>
        <p className="muted small">{t('regionImport.step1.help')}</p>
        <div className="button-row">
          <TemplateLinks villageCode="" />
        </div>
        <FileChooser
          id="region-import-file"
          label={t('rosterImport.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          file={file}
          busy={busy !== null}
          reading={busy === 'reading'}
          inputRef={input}
          onChoose={(picked) => void choose(picked)}
        />
      </section>

      <section className="panel wizard-step" aria-labelledby="region-import-2">
        <h2 id="region-import-2">{t('rosterImport.step2')}</h2>
        {busy === 'checking' && <Loading label={t('rosterImport.checking')} />}
        {!applied && <ErrorList messages={errors} />}
        {report && busy !== 'checking' && <RegionReport report={report} />}
      </section>

      <section className="panel wizard-step" aria-labelledby="region-import-3">
        <h2 id="region-import-3">{t('rosterImport.step3')}</h2>
        {applied ? (
          <>
            <p className="notice notice-ok" role="status">
              {t('regionImport.applied', { n: applied.submissions })}
            </p>
            <div className="button-row">
              <Link className="button button-primary" to="/submissions">
                {t('regionImport.toSubmissions')}
              </Link>
            </div>
          </>
        ) : (
          <>
            <p className="muted small">
              {!report
                ? t('rosterImport.step3.needCheck')
                : report.refused
                  ? t('rosterImport.step3.refused')
                  : changes === 0
                    ? t('rosterImport.step3.nothing')
                    : t('regionImport.step3.ready', {
                        n: report.villages.filter((v) => v.added + v.changed + v.ended > 0).length,
                      })}
            </p>
            {losses > 0 && (
              <ConfirmLosses count={losses} checked={lossesConfirmed} disabled={busy !== null} onChange={setLossesConfirmed} />
            )}
            <button type="button" className="primary" disabled={!canApply} onClick={() => file && void run(file, false)}>
              {t('rosterImport.apply')}
            </button>
            {busy === 'applying' && <Loading label={t('rosterImport.applying')} />}
          </>
        )}
      </section>
    </>
  );
}

function RegionReport({ report }: { report: Report }) {
  const { t } = useI18n();
  return (
    <>
      <p className={report.refused ? 'notice notice-error' : 'notice notice-ok'} role="status">
        {report.refused
          ? t('regionImport.refused', { n: report.problemCount })
          : t('regionImport.summary', {
              villages: report.villageCount,
              added: formatInteger(report.added),
              changed: formatInteger(report.changed),
              ended: formatInteger(report.ended),
              unchanged: formatInteger(report.unchanged),
            })}
      </p>
      {report.problems.length > 0 && (
        <div className="table-wrap">
          <table className="region-table">
            <caption>{t('import.problems.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('import.problems.line')}
                </th>
                <th scope="col">{t('regionImport.village')}</th>
                <th scope="col">{t('import.problems.column')}</th>
                <th scope="col">{t('import.problems.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <th scope="row" className="num">
                    {p.line === 0 ? t('import.problems.wholeFile') : formatInteger(p.line)}
                  </th>
                  <td className="mono">{p.villageCode ?? t('common.dash')}</td>
                  <td className="mono">{p.column ?? t('common.dash')}</td>
                  <td>{userErrorText(t, p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.villages.length > 0 && (
        <div className="table-wrap">
          <table className="region-table">
            <caption>{t('regionImport.perVillage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regionImport.village')}</th>
                <th scope="col" className="num">
                  {t('regionImport.added')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.changed')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.ended')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.unchanged')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.problems')}
                </th>
                <th scope="col" className="num">
                  {t('regionImport.warnings')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.villages.map((v) => (
                <tr key={v.villageCode} className={v.problemCount > 0 ? 'row-problem' : undefined}>
                  <th scope="row">
                    {v.villageName} <span className="muted mono small">{v.villageCode}</span>
                  </th>
                  <td className="num">{formatInteger(v.added)}</td>
                  <td className="num">{formatInteger(v.changed)}</td>
                  <td className="num">{formatInteger(v.ended)}</td>
                  <td className="num">{formatInteger(v.unchanged)}</td>
                  <td className="num">{formatInteger(v.problemCount)}</td>
                  <td className="num">{formatInteger(v.warningCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
