"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signInSchema, type SignInInput } from "@/lib/validations/auth";
import { FormAlert, TextField, useErrorText } from "./form-fields";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (!result?.ok) {
        // Same answer for an unknown email and a wrong password.
        setFormError(t("wrongCredentials"));
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    } catch {
      setFormError(errorText("unexpected"));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <fieldset disabled={isSubmitting} className="space-y-4">
        <TextField id="email" type="email" autoComplete="email" inputMode="email" label={t("email")} error={errorText(errors.email)} registration={form.register("email")} />
        <TextField id="password" type="password" autoComplete="current-password" label={t("password")} error={errorText(errors.password)} registration={form.register("password")} />
        <button type="submit" className="btn-primary w-full">
          {isSubmitting ? t("working") : t("submitSignIn")}
        </button>
      </fieldset>
      <p>
        {t("noAccount")}{" "}
        <Link className="link" href="/signup">
          {t("submitSignUp")}
        </Link>
      </p>
    </form>
  );
}
