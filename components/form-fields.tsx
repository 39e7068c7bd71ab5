"use client";
import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import type { FieldError, FieldValues, Path, UseFormRegisterReturn, UseFormSetError } from "react-hook-form";

/** Field errors are message keys under `errors.`; anything unknown reads as a generic error. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (error?: FieldError | string): string | undefined => {
    const key = typeof error === "string" ? error : error?.message;
    if (!key) return undefined;
    return t.has(key) ? t(key) : t("unexpected");
  };
}

/** Puts the server's field errors (message keys) on the form's fields. */
export function setServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string>): void {
  for (const [field, message] of Object.entries(fieldErrors)) setError(field as Path<T>, { message });
}

function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error" role="alert">
      {error}
    </p>
  );
}

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
};

/** Label above, hint and error below, and the attributes that tie them to the control. */
function Field({ id, label, hint, error, control }: Omit<FieldProps, "registration"> & { control: (a11y: object) => ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {control({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, hint, error) })}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorText id={id} error={error} />
    </div>
  );
}

type TextFieldProps = FieldProps & { multiline?: boolean; rows?: number } & Omit<ComponentProps<"input">, "id" | "name">;

export function TextField({ id, label, hint, error, registration, multiline, rows = 5, className, ...rest }: TextFieldProps) {
  const inputClass = `input ${className ?? ""}`;
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(a11y) =>
        multiline ? (
          <textarea rows={rows} dir={rest.dir} {...a11y} className={inputClass} {...registration} />
        ) : (
          <input {...rest} {...a11y} className={inputClass} {...registration} />
        )
      }
    />
  );
}

export function SelectField({ registration, children, ...field }: FieldProps & { children: ReactNode }) {
  return (
    <Field
      {...field}
      control={(a11y) => (
        <select {...a11y} className="input" {...registration}>
          {children}
        </select>
      )}
    />
  );
}

type ChoiceGroupProps = {
  name: string;
  legend: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  registration: UseFormRegisterReturn;
  error?: string;
  columns?: 1 | 2;
  hint?: ReactNode;
};

/** Radio buttons as large tap targets, grouped under a legend. */
export function ChoiceGroup({ name, legend, options, registration, error, columns = 2, hint }: ChoiceGroupProps) {
  return (
    <fieldset aria-describedby={[hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined}>
      <legend className="label">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="hint mb-2 mt-0">
          {hint}
        </p>
      ) : null}
      <div className={`grid gap-2 ${columns === 2 ? "grid-cols-2" : "grid-cols-1"}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold"
          >
            <input type="radio" value={option.value} className="size-5 shrink-0 accent-brand-700" {...registration} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <ErrorText id={name} error={error} />
    </fieldset>
  );
}

/** Check boxes under a legend; several may be ticked (the field's value is the list of ticked values). */
export function CheckboxGroup({ name, legend, hint, options, registration, error }: Omit<ChoiceGroupProps, "columns"> & { hint?: ReactNode }) {
  return (
    <fieldset aria-describedby={[hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined}>
      <legend className="label">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="hint mb-2 mt-0">
          {hint}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-2">
        {options.map((option) => (
          <CheckboxField key={option.value} label={option.label} value={option.value} registration={registration} />
        ))}
      </div>
      <ErrorText id={name} error={error} />
    </fieldset>
  );
}

/** One check box as a large tap target. */
export function CheckboxField({ label, value, registration }: { label: ReactNode; value?: string; registration: UseFormRegisterReturn }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold">
      <input type="checkbox" value={value} className="size-5 shrink-0 accent-brand-700" {...registration} />
      <span>{label}</span>
    </label>
  );
}

export function FormAlert({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 font-medium text-red-900">
      {message}
    </div>
  );
}
