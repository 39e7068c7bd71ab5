"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { changePasswordAction, confirmEmailAction, requestResetAction, resetPasswordAction } from "@/lib/actions/auth";
import type { ActionResult } from "@/lib/action-result";
import {
  changePasswordSchema,
  confirmEmailSchema,
  resetPasswordSchema,
  resetRequestSchema,
  type ChangePasswordInput,
  type ConfirmEmailInput,
  type ResetPasswordInput,
  type ResetRequestInput,
} from "@/lib/validations/auth";
import { useWaitText } from "./auth-messages";
import { CheckInbox } from "./check-inbox";
import { FormAlert, setServerErrors, TextField, useErrorText } from "./form-fields";

/** The form-level text of a refused action: how long to wait, or its translated error. */
function useRefusalText() {
  const errorText = useErrorText();
  const waitText = useWaitText();
  return (result: Extract<ActionResult<unknown>, { ok: false }>) => waitText(result.formError) ?? (result.formError ? errorText(result.formError) : undefined);
}

/** After a confirmation or a reset: sign this browser in with the password the form has. */
function useSignInAfter() {
  const router = useRouter();
  const t = useTranslations("auth");
  return async (email: string, password: string): Promise<string | undefined> => {
    const signedIn = await signIn("credentials", { email, password, redirect: false });
    if (!signedIn?.ok || signedIn.error) return t("signInAfterFailed");
    router.push("/incidents/new");
    router.refresh();
    return undefined;
  };
}

/**
 * The form behind a mailed link. Confirming an address asks for the password chosen at sign-up
 * (it proves who made the account); a reset asks for a new one. Either way the link alone changes
 * nothing, and this browser is signed in afterwards with the password typed here.
 */
export function LinkPasswordForm({ token, purpose }: { token: string; purpose: "confirm" | "reset" }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const refusal = useRefusalText();
  const signInAfter = useSignInAfter();
  const [formError, setFormError] = useState<string>();
  const isReset = purpose === "reset";
  const form = useForm<ConfirmEmailInput | ResetPasswordInput>({
    resolver: zodResolver(isReset ? resetPasswordSchema : confirmEmailSchema),
    defaultValues: { token, password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const result = await (isReset ? resetPasswordAction : confirmEmailAction)(values);
      if (!result.ok) {
        setServerErrors(form.setError, result.fieldErrors);
        return setFormError(result.fieldErrors.password ? undefined : refusal(result));
      }
      setFormError(await signInAfter(result.data.email, values.password));
    } catch {
      setFormError(errorText("unexpected"));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <fieldset disabled={isSubmitting} className="space-y-4">
        <TextField
          id="password"
          type="password"
          autoComplete={isReset ? "new-password" : "current-password"}
          label={t(isReset ? "newPassword" : "password")}
          hint={isReset ? t("passwordHint") : undefined}
          error={errorText(errors.password)}
          registration={form.register("password")}
        />
        <button type="submit" className="btn-primary w-full">
          {isSubmitting ? t("working") : t(isReset ? "submitNewPassword" : "submitConfirm")}
        </button>
      </fieldset>
    </form>
  );
}

/** "Forgot your password": always answers "check your inbox". */
export function ResetRequestForm() {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const refusal = useRefusalText();
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<ResetRequestInput>({ resolver: zodResolver(resetRequestSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const result = await requestResetAction(values);
      if (!result.ok) {
        setServerErrors(form.setError, result.fieldErrors);
        return setFormError(refusal(result));
      }
      setSentTo(values.email.trim().toLowerCase());
    } catch {
      setFormError(errorText("unexpected"));
    }
  });
  if (sentTo) return <CheckInbox text={t("checkInboxReset", { email: sentTo })} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <fieldset disabled={isSubmitting} className="space-y-4">
        <TextField
          id="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          label={t("email")}
          error={errorText(errors.email)}
          registration={form.register("email")}
        />
        <button type="submit" className="btn-primary w-full">
          {isSubmitting ? t("working") : t("submitReset")}
        </button>
      </fieldset>
    </form>
  );
}

/** Profile: a new password ends every session; this browser signs in again with it so it stays signed in. */
export function ChangePasswordForm() {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const refusal = useRefusalText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [changed, setChanged] = useState(false);
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: { currentPassword: "", newPassword: "" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setChanged(false);
    try {
      const result = await changePasswordAction(values);
      if (!result.ok) {
        setServerErrors(form.setError, result.fieldErrors);
        return setFormError(Object.keys(result.fieldErrors).length ? undefined : refusal(result));
      }
      const signedIn = await signIn("credentials", { email: result.data.email, password: values.newPassword, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        router.push("/login");
        return;
      }
      form.reset();
      setChanged(true);
      router.refresh();
    } catch {
      setFormError(errorText("unexpected"));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      {changed && (
        <p role="status" className="rounded-lg border border-brand-700 bg-brand-50 p-3 font-medium text-brand-800">
          {t("passwordChanged")}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="space-y-4">
        <TextField
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t("currentPassword")}
          error={errorText(errors.currentPassword)}
          registration={form.register("currentPassword")}
        />
        <TextField
          id="newPassword"
          type="password"
          autoComplete="new-password"
          label={t("newPassword")}
          hint={t("passwordHint")}
          error={errorText(errors.newPassword)}
          registration={form.register("newPassword")}
        />
        <button type="submit" className="btn-secondary">
          {isSubmitting ? t("working") : t("changePassword")}
        </button>
      </fieldset>
    </form>
  );
}
