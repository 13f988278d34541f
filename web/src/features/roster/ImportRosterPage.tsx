import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { execute } from '../../shared/graphql';
import { readBase64 } from '../../shared/files';
import { formatInteger } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { FileChooser, ImportSteps } from '../../shared/importWizard';
import { describeError, ErrorList, Loading, userErrorText } from '../../shared/ui';
import { useMe } from '../auth/session';
import { useQuery } from '../../shared/useQuery';
import { SEGMENTS } from './personFormValues';
import { ConfirmLosses } from './ImportLosses';
import { ImportRosterMutation, RosterImportPositionsQuery } from './operations';
import { TemplateLinks } from './RosterPage';
import { changeCount, ReportView, type Position, type RosterImportReport } from './RosterImportReportView';
import './roster.css';


interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/** /roster/:villageCode/import — choose a spreadsheet, see what it would change (dry run), then apply it. */
export function ImportRosterPage() {
  const { villageCode = '' } = useParams<{ villageCode: string }>();
  const { t } = useI18n();
  const me = useMe();
  const back = `/roster/${villageCode}`;
  const editable = can.editRoster(me.role, me.regionCode, villageCode);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('rosterImport.title')}</h1>
          <p className="muted">{t('rosterImport.intro', { code: villageCode })}</p>
        </div>
        <Link className="button" to={back}>
          {t('roster.backToRoster')}
        </Link>
      </div>
      {editable ? (
        <ImportWizard villageCode={villageCode} back={back} />
      ) : (
        <p className="notice notice-error" role="alert">
          {t('roster.forbidden')}
        </p>
      )}
    </>
  );
}

type Busy = 'reading' | 'checking' | 'applying' | null;

const STEP_LABELS: MessageKey[] = ['import.step1.short', 'rosterImport.step2.short', 'import.step3.short'];

function ImportWizard({ villageCode, back }: { villageCode: string; back: string }) {
  const { t } = useI18n();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [report, setReport] = useState<RosterImportReport | null>(null);
  const [applied, setApplied] = useState<RosterImportReport | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [lossesConfirmed, setLossesConfirmed] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const positions = useQuery(RosterImportPositionsQuery, {}).data?.positions ?? [];

  async function run(chosen: ChosenFile, dryRun: boolean) {
    setBusy(dryRun ? 'checking' : 'applying');
    setErrors([]);
    try {
      const data = await execute(ImportRosterMutation, {
        input: { villageCode, fileName: chosen.name, fileBase64: chosen.base64, dryRun, confirmLosses: !dryRun && lossesConfirmed },
      });
      const { report: result, errors: userErrors } = data.importRoster;
      if (userErrors.length > 0) {
        setErrors(userErrors.map((e) => userErrorText(t, e)));
      }
      if (!result) return;
      if (!dryRun && result.applied) setApplied(result);
      else setReport(result);
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(null);
    }
  }

  /** Reading the file runs the dry run at once: there is nothing to decide in between. */
  async function choose(picked: File | undefined) {
    setFile(null);
    setReport(null);
    setApplied(null);
    setErrors([]);
    setLossesConfirmed(false);
    if (!picked) return;
    setBusy('reading');
    let chosen: ChosenFile;
    try {
      chosen = { name: picked.name, size: picked.size, base64: await readBase64(picked) };
    } catch (error) {
      setErrors([describeError(error, t)]);
      setBusy(null);
      return;
    }
    setFile(chosen);
    await run(chosen, true);
  }

  function pickAnother() {
    if (!input.current) return;
    input.current.value = '';
    input.current.click();
  }

  const step = applied ? 3 : report ? (report.refused ? 2 : 3) : file ? 2 : 1;
  const losses = report && !report.refused ? report.warningCount : 0;
  const canApply =
    !!file &&
    !!report &&
    !report.refused &&
    changeCount(report) > 0 &&
    (losses === 0 || lossesConfirmed) &&
    !applied &&
    busy === null;

  return (
    <>
      <ImportSteps current={step} done={applied !== null} labels={STEP_LABELS} />

      <section className="panel wizard-step" aria-labelledby="roster-import-1">
        <h2 id="roster-import-1">{t('rosterImport.step1')}</h2>
        <p className="muted small">{t('rosterImport.step1.help')}</p>
        <div className="button-row">
          <TemplateLinks villageCode={villageCode} />
        </div>
        <PositionCodes positions={positions} />
        <FileChooser
          id="roster-import-file"
          label={t('rosterImport.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          file={file}
          busy={busy !== null}
          reading={busy === 'reading'}
          inputRef={input}
          onChoose={(picked) => void choose(picked)}
        />
      </section>

      <section className="panel wizard-step" aria-labelledby="roster-import-2">
        <h2 id="roster-import-2">{t('rosterImport.step2')}</h2>
        <p className="muted small">{t('rosterImport.step2.help')}</p>
        {busy === 'checking' && <Loading label={t('rosterImport.checking')} />}
        {!applied && <ErrorList messages={errors} />}
        {report && file && busy !== 'checking' && (
          <ReportView report={report} fileName={file.name} positions={positions} onChooseAnother={pickAnother} />
        )}
      </section>

      <section className="panel wizard-step" aria-labelledby="roster-import-3">
        <h2 id="roster-import-3">{t('rosterImport.step3')}</h2>
        {applied ? (
          <>
            <p className="notice notice-ok" role="status">
              {t('rosterImport.applied', { n: changeCount(applied) })}
            </p>
            <div className="button-row">
              <Link className="button button-primary" to={back}>
                {t('rosterImport.done')}
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
                  : changeCount(report) === 0
                    ? t('rosterImport.step3.nothing')
                    : losses > 0
                      ? t('rosterImport.step3.confirmNeeded', { n: formatInteger(losses) })
                      : t('rosterImport.step3.ready')}
            </p>
            {losses > 0 && (
              <ConfirmLosses
                count={losses}
                checked={lossesConfirmed}
                disabled={busy !== null}
                onChange={setLossesConfirmed}
              />
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

function PositionCodes({ positions }: { positions: readonly Position[] }) {
  const { t } = useI18n();
  if (positions.length === 0) return null;
  return (
    <details className="position-codes">
      <summary>{t('rosterImport.positions')}</summary>
      <p className="muted small">{t('rosterImport.positions.help')}</p>
      {SEGMENTS.map((segment) => {
        const list = positions.filter((p) => p.segment === segment);
        if (list.length === 0) return null;
        return (
          <div key={segment} className="table-wrap">
            <table>
              <caption>{t(`segment.${segment}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rosterImport.positions.code')}</th>
                  <th scope="col">{t('roster.col.position')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.code}>
                    <td className="mono">{p.code}</td>
                    <th scope="row">
                      {p.name}
                      {p.maxPerVillage != null && (
                        <span className="muted small"> · {t('rosterImport.positions.max', { n: p.maxPerVillage })}</span>
                      )}
                    </th>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </details>
  );
}
