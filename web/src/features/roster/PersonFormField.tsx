import type { ReactNode } from 'react';
import type { FieldErrors, PersonField } from './personFormValues';

export const fieldId = (field: PersonField) => `person-${field.replace('.', '-')}`;

/** What an input of the person form needs for its field: id, name, its error and the aria links to hint and error. */
export function personFieldKit(fieldErrors: FieldErrors) {
  const describedBy = (field: PersonField, hint?: boolean) =>
    [hint ? `${fieldId(field)}-hint` : null, fieldErrors[field] ? `${fieldId(field)}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;

  const errorFor = (field: PersonField) =>
    fieldErrors[field] ? (
      <p id={`${fieldId(field)}-error`} className="field-error">
        {fieldErrors[field]!.join(' ')}
      </p>
    ) : null;

  const invalid = (field: PersonField) => (fieldErrors[field] ? true : undefined);

  /** The common attributes of an input for a field. */
  const attrs = (field: PersonField, hint?: boolean) => ({
    id: fieldId(field),
    name: field,
    'aria-invalid': invalid(field),
    'aria-describedby': describedBy(field, hint),
  });

  return { idOf: fieldId, describedBy, errorFor, invalid, attrs };
}

export type FieldKit = ReturnType<typeof personFieldKit>;

export function Field({
  id,
  label,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <div className="label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error}
    </div>
  );
}
