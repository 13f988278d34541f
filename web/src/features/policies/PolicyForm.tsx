import { useState } from 'react';
import type { GroupFundingInput, Payer, PositionGroup, Program, Scheme, WageBaseRule } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, userErrorText } from '../../shared/ui';
import { SetFundingPolicyMutation } from './operations';
import './policies.css';
import type { Policy } from './PolicyTable';

const GROUPS: PositionGroup[] = ['KEPALA_DESA', 'PERANGKAT', 'BPD', 'EKOSISTEM'];
const PROGRAMS: Program[] = ['JKK', 'JKM', 'JHT', 'JP'];
const SCHEMES: Scheme[] = ['PU', 'BPU'];
const WAGE_RULES: WageBaseRule[] = ['SILTAP_MINIMUM', 'REGENCY_AMOUNT', 'DECLARED_INCOME'];
const PAYERS: Payer[] = ['APBDES_ADD', 'APBDES_DD', 'APBDES_PAD', 'APBD_KABUPATEN', 'APBD_PROVINSI', 'MEMBER_DEDUCTION'];

interface ShareDraft {
  program: Program;
  payer: Payer;
  percent: string;
}

interface GroupDraft {
  group: PositionGroup;
  scheme: Scheme;
  programs: Program[];
  wageRule: WageBaseRule;
  wageAmount: string;
  /** Text as typed, by position code; an empty one falls back to the group's amount. */
  positionWages: Record<string, string>;
  shares: ShareDraft[];
}

export interface PolicyPosition {
  code: string;
  name: string;
  segment: string;
  isVillageHead: boolean;
}

/** As the server groups positions (PositionGroups.Of): the kepala desa alone, the other aparatur desa as perangkat. */
export function groupOf(position: PolicyPosition): PositionGroup {
  if (position.isVillageHead) return 'KEPALA_DESA';
  if (position.segment === 'APARATUR_DESA') return 'PERANGKAT';
  return position.segment === 'BPD' ? 'BPD' : 'EKOSISTEM';
}

/** A new policy starts like the usual one: the apparatus at PU on siltap from the ADD, BPD and ecosystem at BPU. */
function starting(group: PositionGroup): GroupDraft {
  const village = group === 'KEPALA_DESA' || group === 'PERANGKAT';
  const payer: Payer = village ? 'APBDES_ADD' : group === 'BPD' ? 'APBD_KABUPATEN' : 'MEMBER_DEDUCTION';
  return {
    group,
    scheme: village ? 'PU' : 'BPU',
    programs: ['JKK', 'JKM'],
    wageRule: village ? 'SILTAP_MINIMUM' : 'DECLARED_INCOME',
    wageAmount: village ? '' : '1000000',
    positionWages: {},
    shares: (['JKK', 'JKM'] as Program[]).map((program) => ({ program, payer, percent: '100' })),
  };
}

function draftOf(group: Policy['groups'][number]): GroupDraft {
  return {
    group: group.group,
    scheme: group.scheme,
    programs: [...group.programs],
    wageRule: group.wageRule,
    wageAmount: group.wageAmount == null ? '' : String(group.wageAmount),
    positionWages: Object.fromEntries(group.positionWages.map((w) => [w.positionCode, String(w.amount)])),
    shares: group.shares.map((s) => ({ program: s.program, payer: s.payer, percent: String(s.percent) })),
  };
}

function number(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

function inputOf(draft: GroupDraft): GroupFundingInput {
  return {
    group: draft.group,
    scheme: draft.scheme,
    programs: draft.programs,
    wageRule: draft.wageRule,
    wageAmount: draft.wageRule === 'SILTAP_MINIMUM' || draft.wageAmount.trim() === '' ? null : number(draft.wageAmount),
    positionWages:
      draft.wageRule === 'REGENCY_AMOUNT'
        ? Object.entries(draft.positionWages)
            .filter(([, amount]) => amount.trim() !== '')
            .map(([positionCode, amount]) => ({ positionCode, amount: number(amount) }))
        : [],
    shares: draft.shares.filter((s) => draft.programs.includes(s.program)).map((s) => ({ program: s.program, payer: s.payer, percent: number(s.percent) })),
  };
}

/** Sets a regency's policy for a year, or changes it from the version read; the server's errors are worded per group. */
export function PolicyForm({ regionCode, regencyName, year, current, positions, onDone, onCancel }: {
  regionCode: string;
  regencyName: string;
  year: number;
  current: Policy | null;
  positions: PolicyPosition[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [number_, setNumber] = useState(current?.regulationNumber ?? '');
  const [date, setDate] = useState<string>(current?.regulationDate ?? '');
  const [account, setAccount] = useState(current?.bpdAccountCode ?? '');
  const [discount, setDiscount] = useState(current?.bpuDiscountForVillageBudget ?? false);
  const [note, setNote] = useState(current?.note ?? '');
  const [groups, setGroups] = useState<GroupDraft[]>(() =>
    GROUPS.map((g) => {
      const kept = current?.groups.find((c) => c.group === g);
      return kept ? draftOf(kept) : starting(g);
    }),
  );
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const title = t('policy.formTitle', { regency: regencyName, year });

  const change = (index: number, next: Partial<GroupDraft>) => setGroups((all) => all.map((g, i) => (i === index ? { ...g, ...next } : g)));

  function toggleProgram(index: number, program: Program, on: boolean) {
    const group = groups[index];
    const programs = PROGRAMS.filter((p) => (p === program ? on : group.programs.includes(p)));
    const payer = group.shares[0]?.payer ?? 'APBDES_ADD';
    const shares = on && !group.shares.some((s) => s.program === program) ? [...group.shares, { program, payer, percent: '100' }] : group.shares;
    change(index, { programs, shares });
  }

  async function save() {
    setBusy(true);
    setErrors([]);
    try {
      const { setFundingPolicy } = await execute(SetFundingPolicyMutation, {
        input: {
          regionCode,
          year,
          regulationNumber: number_,
          regulationDate: date === '' ? null : date,
          bpdAccountCode: account,
          bpuDiscountForVillageBudget: discount,
          note,
          groups: groups.map(inputOf),
          version: current?.version ?? null,
        },
      });
      if (setFundingPolicy.errors.length > 0) {
        setErrors(
          setFundingPolicy.errors.map((e) => {
            const group = /^groups\.(\d+)\./.exec(e.field ?? '');
            const text = userErrorText(t, e);
            return group ? `${t(`group.${GROUPS[Number(group[1])]}`)}: ${text}` : text;
          }),
        );
        return;
      }
      onDone();
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{title}</h2>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="policy-number">{t('policy.regulationNumber')}</label>
          <input id="policy-number" value={number_} onChange={(e) => setNumber(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="policy-date">{t('policy.regulationDate')}</label>
          <input id="policy-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="policy-account">{t('policy.bpdAccount')}</label>
          <input id="policy-account" value={account} onChange={(e) => setAccount(e.target.value)} placeholder="5.1.4.91" />
        </div>
        <div className="field">
          <label htmlFor="policy-note">{t('policy.note')}</label>
          <input id="policy-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <label className="check field">
        <input type="checkbox" checked={discount} onChange={(e) => setDiscount(e.target.checked)} /> {t('policy.discount')}
      </label>
      {groups.map((group, index) => (
        <fieldset key={group.group} className="policy-group" aria-label={t(`group.${group.group}`)}>
          <legend>{t(`group.${group.group}`)}</legend>
          <div className="grid-2">
            <div className="field">
              <label htmlFor={`policy-${group.group}-scheme`}>{t('policy.scheme')}</label>
              <select id={`policy-${group.group}-scheme`} value={group.scheme} onChange={(e) => change(index, { scheme: e.target.value as Scheme })}>
                {SCHEMES.map((s) => (
                  <option key={s} value={s}>{t(`scheme.${s}`)}</option>
                ))}
              </select>
            </div>
            <fieldset className="programs">
              <legend>{t('policy.programs')}</legend>
              {PROGRAMS.map((program) => (
                <label key={program} className="check">
                  <input type="checkbox" checked={group.programs.includes(program)} onChange={(e) => toggleProgram(index, program, e.target.checked)} />
                  {program}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor={`policy-${group.group}-rule`}>{t('policy.wageRule')}</label>
              <select id={`policy-${group.group}-rule`} value={group.wageRule} onChange={(e) => change(index, { wageRule: e.target.value as WageBaseRule })}>
                {WAGE_RULES.map((r) => (
                  <option key={r} value={r}>{t(`wageRule.${r}`)}</option>
                ))}
              </select>
            </div>
            {group.wageRule !== 'SILTAP_MINIMUM' && (
              <div className="field">
                <label htmlFor={`policy-${group.group}-amount`}>{t('policy.wageAmount')}</label>
                <input
                  id={`policy-${group.group}-amount`}
                  inputMode="numeric"
                  value={group.wageAmount}
                  onChange={(e) => change(index, { wageAmount: e.target.value })}
                />
              </div>
            )}
          </div>
          {group.wageRule === 'REGENCY_AMOUNT' && (
            <fieldset className="position-wages">
              <legend className="small">{t('policy.positionWages')}</legend>
              {positions
                .filter((position) => groupOf(position) === group.group)
                .map((position) => (
                  <label key={position.code} className="position-wage">
                    <span>{position.name}</span>
                    <input
                      inputMode="numeric"
                      value={group.positionWages[position.code] ?? ''}
                      placeholder={group.wageAmount}
                      onChange={(e) => change(index, { positionWages: { ...group.positionWages, [position.code]: e.target.value } })}
                    />
                  </label>
                ))}
            </fieldset>
          )}
          <p className="small muted">{t('policy.payers')}</p>
          {group.programs.map((program) => (
            <div key={program} className="share-row">
              <span className="share-program">{program}</span>
              {group.shares.map((share, s) =>
                share.program !== program ? null : (
                  <span key={s} className="share">
                    <select
                      aria-label={t('policy.payerOf', { program })}
                      value={share.payer}
                      onChange={(e) => change(index, { shares: group.shares.map((x, i) => (i === s ? { ...x, payer: e.target.value as Payer } : x)) })}
                    >
                      {PAYERS.map((p) => (
                        <option key={p} value={p}>{t(`payer.${p}`)}</option>
                      ))}
                    </select>
                    <input
                      aria-label={t('policy.percentOf', { program })}
                      inputMode="decimal"
                      value={share.percent}
                      onChange={(e) => change(index, { shares: group.shares.map((x, i) => (i === s ? { ...x, percent: e.target.value } : x)) })}
                    />
                    %
                    <button type="button" className="link-button" onClick={() => change(index, { shares: group.shares.filter((_, i) => i !== s) })}>
                      {t('policy.removePayer')}
                    </button>
                  </span>
                ),
              )}
              <button
                type="button"
                className="link-button"
                onClick={() => change(index, { shares: [...group.shares, { program, payer: 'APBDES_ADD', percent: '' }] })}
              >
                {t('policy.addPayer', { program })}
              </button>
            </div>
          ))}
        </fieldset>
      ))}
      <ErrorList messages={errors} />
      <div className="button-row">
        <button type="submit" disabled={busy}>{t('policy.save')}</button>
        <button type="button" onClick={onCancel}>{t('policy.cancel')}</button>
      </div>
    </form>
  );
}
