"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { updateProfileAction } from "@/lib/actions/profile";
import { COUNTRY_REGIONS } from "@/lib/countries/regions";
import { COUNTRIES, INDONESIAN_TIME_ZONES, LOCALES, type Country } from "@/lib/domain";
import { profileSchema, type ProfileInput } from "@/lib/validations/profile";
import { SavedNotice } from "./saved-notice";
import { FormAlert, SelectField, TextField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

const LANGUAGE_NAMES = { id: "Bahasa Indonesia", en: "English" } as const;

export function ProfileForm({ defaultValues, allZones }: { defaultValues: ProfileInput; allZones: string[] }) {
  const t = useTranslations("profile");
  const tcountry = useTranslations("country");
  const tz = useTranslations("zones");
  const errorText = useErrorText();
  const form = useForm<ProfileInput>({ resolver: zodResolver(profileSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;

  const { onSubmit, saved, formError } = useActionForm(form, updateProfileAction, { refresh: true });
  const regions = COUNTRY_REGIONS[form.watch("country")] ?? [];
  // A region belongs to one country: choosing another country leaves none set rather than a hidden invalid one.
  const clearForeignRegion = (event: { target: { value: string } }) => {
    if (!(COUNTRY_REGIONS[event.target.value as Country] ?? []).includes(form.getValues("region"))) form.setValue("region", "");
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("saved")} /> : null}
      <fieldset disabled={isSubmitting} className="space-y-5">
        <TextField id="name" autoComplete="name" label={t("name")} error={errorText(errors.name)} registration={form.register("name")} />
        <SelectField id="locale" label={t("locale")} error={errorText(errors.locale)} registration={form.register("locale")}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <SelectField id="timeZone" label={t("timeZone")} error={errorText(errors.timeZone)} registration={form.register("timeZone")}>
          <optgroup label={t("timeZoneCommon")}>
            {INDONESIAN_TIME_ZONES.map((z) => (
              <option key={z} value={z}>
                {tz(z)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("timeZoneAll")}>
            {allZones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <SelectField
          id="country"
          label={t("country")}
          hint={t("countryHint")}
          error={errorText(errors.country)}
          registration={form.register("country", { onChange: clearForeignRegion })}
        >
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {tcountry(c)}
            </option>
          ))}
        </SelectField>
        {regions.length > 0 ? (
          <SelectField id="region" label={t("region")} hint={t("regionHint")} error={errorText(errors.region)} registration={form.register("region")}>
            <option value="">{t("regionNone")}</option>
            {regions.map((region) => (
              <option key={region} value={region}>
                {t(`regionName.${region}` as never)}
              </option>
            ))}
          </SelectField>
        ) : null}
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t("save")}
        </button>
      </fieldset>
    </form>
  );
}
