import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { PersonQuery as PersonData } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { describeError, ErrorList, splitUserErrors, userErrorText } from '../../shared/ui';
import { DiscardChangeMutation, EndTermMutation } from './operations';
import { todayIso } from '../../shared/format';
import { termEndedBy } from './inOffice';

type Person = NonNullable<PersonData['person']>;

/** A message carried to the next page after an action (router state). */
export interface Flash {
  flash?: MessageKey;
}

function officialVersion(person: Pick<Person, 'id' | 'history'>): Person['history'][number] | null {
  return person.history.find((v) => v.id !== person.id && v.status === 'OFFICIAL') ?? null;
}

/** The village operator's actions on an entry: edit, end the term, discard a draft change. */
export function PersonActions({ person, rosterLink }: { person: Person; rosterLink: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const official = officialVersion(person);
  const [ending, setEnding] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [termEnd, setTermEnd] = useState(todayIso);
  const [endEnrollment, setEndEnrollment] = useState(true);
  const [errors, setErrors] = useState<string[]>([]);
  const [termEndError, setTermEndError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A term already over cannot be ended again (a new term is a new entry or an edit).
  const termOver = termEndedBy(person, todayIso());

  async function endTerm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    if (!termEnd) {
      setTermEndError(t('person.required'));
      document.getElementById('end-term-date')?.focus();
      return;
    }
    setBusy(true);
    setTermEndError(null);
    try {
      const { person: changed, errors: userErrors } = (
        await execute(EndTermMutation, { input: { personId: person.id, termEnd, endEnrollment } })
      ).endTerm;
      if (userErrors.length > 0) {
        // The date's own problems (before the term's start, …) go by the field; the rest above the buttons.
        const { byField, general } = splitUserErrors(userErrors, ['termEnd'] as const, t);
        setTermEndError(byField.termEnd?.join(' ') ?? null);
        setErrors(general);
        if (byField.termEnd) document.getElementById('end-term-date')?.focus();
      } else if (changed) navigate(`/roster/person/${changed.id}`, { state: { flash: 'person.ended' } satisfies Flash });
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  async function discard() {
    setBusy(true);
    setErrors([]);
    try {
      const { errors: userErrors } = (await execute(DiscardChangeMutation, { input: { personId: person.id } })).discardChange;
      // The payload's person is the dropped draft itself: where to go next comes from the history, so the page
      // never keeps showing a version that no longer exists.
      if (userErrors.length > 0) setErrors(userErrors.map((e) => userErrorText(t, e)));
      else if (official) navigate(`/roster/person/${official.id}`, { state: { flash: 'person.discarded' } satisfies Flash });
      else navigate(rosterLink, { state: { flash: 'person.discarded.new' } satisfies Flash });
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  const isDraft = person.status === 'DRAFT';
  return (
    <section className="panel person-actions no-print" aria-labelledby="person-actions">
      <h2 id="person-actions">{t('person.actions')}</h2>
      {person.status === 'OFFICIAL' && <p className="muted small">{t('person.edit.official')}</p>}
      {isDraft && <p className="muted small">{t('person.draft.help')}</p>}
      <ErrorList messages={errors} />
      <div className="button-row">
        <Link className="button button-primary" to={`/roster/person/${person.id}/edit`}>
          {t('person.edit')}
        </Link>
        {!ending && !termOver && (
          <button type="button" onClick={() => setEnding(true)} disabled={busy}>
            {t('person.endTerm')}
          </button>
        )}
        {isDraft && !confirmDiscard && (
          <button type="button" onClick={() => setConfirmDiscard(true)} disabled={busy}>
            {t('person.discard')}
          </button>
        )}
      </div>
      {isDraft && confirmDiscard && (
        <div className="confirm" role="group" aria-label={t('person.discard')}>
          <p>{official ? t('person.discard.confirmChange') : t('person.discard.confirmNew')}</p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void discard()} disabled={busy}>
              {t('person.discard.yes')}
            </button>
            <button type="button" onClick={() => setConfirmDiscard(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {ending && (
        <form className="end-term" onSubmit={(e) => void endTerm(e)} aria-label={t('person.endTerm')}>
          <p className="muted small">{t('person.endTerm.help')}</p>
          <div className={`field${termEndError ? ' has-error' : ''}`}>
            <label htmlFor="end-term-date">{t('person.endTerm.date')}</label>
            <input
              id="end-term-date"
              type="date"
              required
              value={termEnd}
              aria-invalid={termEndError ? true : undefined}
              aria-describedby={termEndError ? 'end-term-date-error' : undefined}
              onChange={(e) => {
                setTermEnd(e.target.value);
                setTermEndError(null);
              }}
            />
            {termEndError && (
              <p id="end-term-date-error" className="field-error">
                {termEndError}
              </p>
            )}
          </div>
          {person.enrollment && (
            <div className="check">
              <input
                id="end-term-enrollment"
                type="checkbox"
                checked={endEnrollment}
                onChange={(e) => setEndEnrollment(e.target.checked)}
              />
              <label htmlFor="end-term-enrollment">{t('person.endTerm.enrollment')}</label>
            </div>
          )}
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('common.saving') : t('person.endTerm.submit')}
            </button>
            <button
              type="button"
              onClick={() => {
                setEnding(false);
                setTermEndError(null);
              }}
              disabled={busy}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
