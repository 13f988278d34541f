import { useState, type FormEvent } from 'react';
import { execute, type TypedDocument } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { describeError, splitUserErrors, type UserErrorEntry } from '../../shared/ui';

interface Payload {
  errors: readonly UserErrorEntry[];
}

/**
 * A monev form's submit: sends the mutation, keeps the payload's errors by field (the rest in `general`), and calls
 * `onSaved` when nothing was refused.
 */
export function useMonevForm<TResult, TVariables, F extends string>(
  document: TypedDocument<TResult, TVariables>,
  fields: readonly F[],
  payloadOf: (data: TResult) => Payload,
  onSaved: (data: TResult) => void,
) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [byField, setByField] = useState<Partial<Record<F, string[]>>>({});
  const [general, setGeneral] = useState<string[]>([]);

  async function submit(event: FormEvent, variables: TVariables) {
    event.preventDefault();
    setBusy(true);
    try {
      const data = await execute(document, variables as never);
      const split = splitUserErrors(payloadOf(data as TResult).errors, fields, t);
      setByField(split.byField);
      setGeneral(split.general);
      if (payloadOf(data as TResult).errors.length === 0) onSaved(data as TResult);
    } catch (error) {
      setGeneral([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: F) => byField[field]?.join(' ');
  return { busy, general, errorOf, submit };
}
