"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { ROLES } from "@/lib/domain";
import { roleChangeSchema, type RoleChange } from "@/lib/validations/moderation";
import { FormAlert, SelectField, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** An admin grants the advocate (or admin) role by email. */
export function RoleForm({ save }: { save: (values: RoleChange) => Promise<ActionResult> }) {
  const t = useTranslations("moderation");
  const errorText = useErrorText();
  const form = useForm<RoleChange>({ resolver: zodResolver(roleChangeSchema), defaultValues: { email: "", role: "advocate" } });
  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, save, { refresh: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("roleSaved")} /> : null}
      <TextField
        id="role-email"
        type="email"
        label={t("roleEmail")}
        error={errorText(form.formState.errors.email)}
        registration={form.register("email", { onChange: clearSaved })}
      />
      <SelectField id="role-role" label={t("role")} error={errorText(form.formState.errors.role)} registration={form.register("role")}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roleName.${role}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn-primary">
        {t("roleSave")}
      </button>
    </form>
  );
}
