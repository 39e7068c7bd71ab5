"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signUpAction } from "@/lib/actions/auth";
import { signUpSchema, type SignUpInput } from "@/lib/validations/auth";
import { FormAlert, TextField, useErrorText } from "./form-fields";

export function SignUpForm() {
  const t = useTranslations("auth");
  const errorText = useErrorText();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<SignUpInput>({ resolver: zodResolver(signUpSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      const result = await signUpAction(values);
      if (!result.ok) {
        for (const [field, key] of Object.entries(result.fieldErrors)) form.setError(field as keyof SignUpInput, { message: key });
        return;
      }
      const signedIn = await signIn("credentials", { ...values, redirect: false });
      if (!signedIn?.ok) {
        setFormError(t("signUpThenSignInFailed"));
        return;
      }
      router.push("/incidents/new");
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
        <TextField
          id="password"
          type="password"
          autoComplete="new-password"
          label={t("password")}
          hint={t("passwordHint")}
          error={errorText(errors.password)}
          registration={form.register("password")}
        />
        <button type="submit" className="btn-primary w-full">
          {isSubmitting ? t("working") : t("submitSignUp")}
        </button>
      </fieldset>
      <p>
        {t("haveAccount")}{" "}
        <Link className="link" href="/login">
          {t("submitSignIn")}
        </Link>
      </p>
    </form>
  );
}
