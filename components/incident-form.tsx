"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useForm, type DefaultValues, type UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { CATEGORIES, CHANNELS, COLLECTION_CATEGORY, COLLECTION_TARGETS, CONSENTS, MESSAGE_MAX_LENGTH, STOP_REQUESTS, YES_NO } from "@/lib/domain";
import type { EvidenceView } from "@/lib/evidence/view";
import type { IncidentInput } from "@/lib/validations/incident";
import { EvidenceFieldset } from "./evidence-fieldset";
import type { RefusedFile } from "./evidence-uploader";
import { MessageSuggestions } from "./message-suggestions";
import { ChoiceGroup, FormAlert, SelectField, TextField, useErrorText } from "./form-fields";
import { lazyZodResolver } from "./lazy-zod-resolver";
import { useEvidenceForm } from "./use-evidence-form";

// What the form needs only once the user acts is fetched then, not with the page: the rules
// (zod, and libphonenumber-js and luxon behind them) at the first check, the screenshot reader
// when an image is added (it never renders on the server: images are added in the browser), the
// time zone arithmetic of "Now" when tapped. The page is usable sooner on a slow phone.
const incidentResolver = lazyZodResolver(() => import("@/lib/validations/incident").then((m) => m.incidentSchema));
const ScreenshotReader = dynamic(() => import("./screenshot-reader").then((m) => m.ScreenshotReader), { ssr: false });
const setNow = (form: UseFormReturn<IncidentInput>, timeZone: string) =>
  void import("@/lib/local-time").then(({ nowLocal }) => form.setValue("occurredAt", nowLocal(timeZone), { shouldValidate: true }));

type Props = {
  defaultValues: DefaultValues<IncidentInput>;
  /** Called with the values; it redirects on success and answers only on failure. */
  submit: (values: IncidentInput) => Promise<ActionResult>;
  submitLabel: string;
  cancelHref: string;
  /** Files already saved with this incident (when editing). */
  initialEvidence?: EvidenceView[];
  /** Files uploaded for this form before it opened (a share): listed as fresh uploads, so removing one deletes it. */
  pendingEvidence?: EvidenceView[];
  /** Files that came with a share and were refused, each with the uploader's reason. */
  refusedFiles?: RefusedFile[];
  /** Read added screenshots on the device and offer their text, sender and time (new incidents). */
  readScreenshots?: boolean;
};

export function IncidentForm({
  defaultValues,
  submit,
  submitLabel,
  cancelHref,
  initialEvidence = [],
  pendingEvidence,
  refusedFiles,
  readScreenshots = false,
}: Props) {
  const t = useTranslations("incident");
  const tch = useTranslations("channel");
  const tcat = useTranslations("category");
  const tcon = useTranslations("consent");
  const tstop = useTranslations("stopRequest");
  const tz = useTranslations("zones");
  const errorText = useErrorText();
  const form = useForm<IncidentInput>({ resolver: incidentResolver, defaultValues, shouldFocusError: true });
  const { errors, isSubmitting } = form.formState;
  const [channel, callAnswered, stopRequest, messageText, timeZone, category] = form.watch([
    "channel",
    "callAnswered",
    "stopRequest",
    "messageText",
    "timeZone",
    "category",
  ]);
  // A debt collector's contact has its own questions (POJK 22/2023 Art 62(2)); the offer questions do not apply to it.
  const collection = category === COLLECTION_CATEGORY;
  const zoneName = tz.has(timeZone as never) ? tz(timeZone as never) : timeZone;
  const { formError, onSubmit, evidenceField } = useEvidenceForm(form, submit);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <input type="hidden" {...form.register("source")} />
      <FormAlert message={formError} />
      <fieldset disabled={isSubmitting} className="space-y-5">
        <ChoiceGroup
          name="channel"
          legend={t("channel")}
          options={CHANNELS.map((value) => ({ value, label: tch(value) }))}
          registration={form.register("channel")}
          error={errorText(errors.channel)}
        />
        <TextField
          id="sender"
          label={t("sender")}
          hint={t("senderHint")}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          error={errorText(errors.sender)}
          registration={form.register("sender")}
        />
        <div>
          <TextField
            id="occurredAt"
            type="datetime-local"
            label={t("occurredAt")}
            hint={t("occurredAtHint", { zone: zoneName })}
            error={errorText(errors.occurredAt)}
            registration={form.register("occurredAt")}
          />
          <button type="button" className="btn-secondary mt-2 min-h-10 py-1 text-sm" onClick={() => setNow(form, timeZone)}>
            {t("now")}
          </button>
        </div>

        {channel === "call" ? (
          <>
            <ChoiceGroup
              name="callAnswered"
              legend={t("callAnswered")}
              options={[
                { value: "yes", label: t("yes") },
                { value: "no", label: t("no") },
              ]}
              registration={form.register("callAnswered")}
              error={errorText(errors.callAnswered)}
            />
            {callAnswered === "yes" ? (
              <fieldset>
                <legend className="label">{t("callDuration")}</legend>
                <div className="grid grid-cols-2 gap-3">
                  <TextField
                    id="callMinutes"
                    inputMode="numeric"
                    label={t("minutes")}
                    error={errorText(errors.callMinutes)}
                    registration={form.register("callMinutes")}
                  />
                  <TextField
                    id="callSeconds"
                    inputMode="numeric"
                    label={t("seconds")}
                    error={errorText(errors.callSeconds)}
                    registration={form.register("callSeconds")}
                  />
                </div>
              </fieldset>
            ) : null}
            <TextField
              id="callOffer"
              multiline
              label={collection ? t("collectionCallNote") : t("callOffer")}
              error={errorText(errors.callOffer)}
              registration={form.register("callOffer")}
            />
          </>
        ) : (
          <TextField
            id="messageText"
            multiline
            dir="auto"
            label={t("messageText")}
            hint={`${t("messageTextHint", { max: MESSAGE_MAX_LENGTH })} ${t("characters", { count: messageText?.length ?? 0, max: MESSAGE_MAX_LENGTH })}`}
            error={errorText(errors.messageText)}
            registration={form.register("messageText")}
          />
        )}
        {channel === "call" ? null : <MessageSuggestions form={form} />}

        <SelectField id="category" label={t("category")} error={errorText(errors.category)} registration={form.register("category")}>
          <option value="">—</option>
          {CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {tcat(value)}
            </option>
          ))}
        </SelectField>

        <ChoiceGroup
          name="consent"
          columns={1}
          legend={collection ? t("collectionConsent") : t("consent")}
          options={CONSENTS.map((value) => ({ value, label: tcon(value) }))}
          registration={form.register("consent")}
          error={errorText(errors.consent)}
        />
        <ChoiceGroup
          name="stopRequest"
          columns={1}
          legend={t("stopRequest")}
          options={STOP_REQUESTS.map((value) => ({ value, label: tstop(value) }))}
          registration={form.register("stopRequest")}
          error={errorText(errors.stopRequest)}
        />
        {stopRequest && stopRequest !== "none" ? (
          <TextField
            id="stopRequestedAt"
            type="datetime-local"
            label={t("stopRequestedAt")}
            error={errorText(errors.stopRequestedAt)}
            registration={form.register("stopRequestedAt")}
          />
        ) : null}

        {collection ? (
          <>
            <ChoiceGroup
              name="collectionTarget"
              columns={1}
              legend={t("collectionTarget")}
              options={["" as const, ...COLLECTION_TARGETS].map((value) => ({ value, label: t(`collectionTargetOption.${value || "unknown"}`) }))}
              registration={form.register("collectionTarget")}
              error={errorText(errors.collectionTarget)}
            />
            <ChoiceGroup
              name="threatened"
              columns={1}
              legend={t("threatened")}
              options={YES_NO.map((value) => ({ value, label: t(`answer.${value || "unknown"}`) }))}
              registration={form.register("threatened")}
              error={errorText(errors.threatened)}
            />
          </>
        ) : (
          <>
            <ChoiceGroup
              name="companyNamed"
              columns={1}
              legend={t("companyNamed")}
              options={YES_NO.map((value) => ({ value, label: t(`answer.${value || "unknown"}`) }))}
              registration={form.register("companyNamed")}
              error={errorText(errors.companyNamed)}
            />
            <ChoiceGroup
              name="sourceGiven"
              columns={1}
              legend={t("sourceGiven")}
              options={YES_NO.map((value) => ({ value, label: t(`answer.${value || "unknown"}`) }))}
              registration={form.register("sourceGiven")}
              error={errorText(errors.sourceGiven)}
            />
          </>
        )}

        <EvidenceFieldset
          legend={t("evidence")}
          initial={initialEvidence}
          pending={pendingEvidence}
          refused={refusedFiles}
          {...evidenceField}
          readImage={readScreenshots ? (image) => <ScreenshotReader key={image.key} image={image} form={form} /> : undefined}
        />

        <div className="flex flex-col gap-3 sm:flex-row">
          <button type="submit" className="btn-primary">
            {isSubmitting ? t("saving") : submitLabel}
          </button>
          <Link href={cancelHref} className="btn-secondary">
            {t("cancel")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
