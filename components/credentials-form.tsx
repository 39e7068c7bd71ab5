"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signUpAction } from "@/lib/actions/auth";
import type { SignInInput } from "@/lib/validations/auth";
import { useWaitText } from "./auth-messages";
import { CheckInbox } from "./check-inbox";
import { FormAlert, setServerErrors, TextField, useErrorText } from "./form-fields";
import { lazyZodResolver } from "./lazy-zod-resolver";

// The rules (zod) and next-auth's client are fetched when the form is first sent, not with the
// sign-in page: nothing on it needs them before that (see lazyZodResolver).
const signInResolver = lazyZodResolver(() => import("@/lib/validations/auth").then((m) => m.signInSchema));
const signUpResolver = lazyZodResolver(() => import("@/lib/validations/auth").then((m) => m.signUpSchema));

type Props = { mode: "signUp"; callbackUrl?: undefined } | { mode: "signIn"; callbackUrl: string };

/**
 * Email and password, to create an account or to sign in. Sign-up always ends on "check your
 * inbox" (the mail says what happened, so the page cannot tell whether the address had an
 * account). A failed sign-in says the same thing for an unknown email and a wrong password.
 */
export function CredentialsForm({ mode, callbackUrl }: Props) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const waitText = useWaitText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const isSignUp = mode === "signUp";
  const form = useForm<SignInInput>({ resolver: isSignUp ? signUpResolver : signInResolver, defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      if (isSignUp) {
        const created = await signUpAction(values);
        if (!created.ok) {
          setServerErrors(form.setError, created.fieldErrors);
          return setFormError(waitText(created.formError) ?? (created.formError ? errorText(created.formError) : undefined));
        }
        return setSentTo(values.email.trim().toLowerCase());
      }
      const { signIn } = await import("next-auth/react");
      const signedIn = await signIn("credentials", { ...values, redirect: false });
      const refused = waitText(signedIn?.error) ?? (signedIn?.error === "emailNotConfirmed" ? t("emailNotConfirmed") : undefined);
      if (refused) return setFormError(refused);
      if (!signedIn?.ok || signedIn.error) return setFormError(t("wrongCredentials"));
      router.push(callbackUrl ?? "/incidents/new");
      router.refresh();
    } catch {
      setFormError(errorText("unexpected"));
    }
  });

  if (sentTo) return <CheckInbox text={t("checkInboxSignUp", { email: sentTo })} />;

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
        <TextField
          id="password"
          type="password"
          autoComplete={isSignUp ? "new-password" : "current-password"}
          label={t("password")}
          hint={isSignUp ? t("passwordHint") : undefined}
          error={errorText(errors.password)}
          registration={form.register("password")}
        />
        <button type="submit" className="btn-primary w-full">
          {isSubmitting ? t("working") : t(isSignUp ? "submitSignUp" : "submitSignIn")}
        </button>
      </fieldset>
      {!isSignUp && (
        <p>
          <Link className="link" href="/reset">
            {t("forgotPassword")}
          </Link>
        </p>
      )}
      <p>
        {t(isSignUp ? "haveAccount" : "noAccount")}{" "}
        <Link className="link" href={isSignUp ? "/login" : "/signup"}>
          {t(isSignUp ? "submitSignIn" : "submitSignUp")}
        </Link>
      </p>
    </form>
  );
}
