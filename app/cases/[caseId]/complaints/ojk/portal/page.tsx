import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CopyField } from "@/components/copy-field";
import { findCaseForUser } from "@/db/queries/cases";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import type { OjkViolationField } from "@/lib/complaints/ojk";
import { isUuid } from "@/lib/validations/id";

/** The APPK portal's three steps (regulators.md §1b), with the draft's fields in that order. */
const STEPS: { step: "firm" | "person" | "files"; fields: OjkViolationField[] }[] = [
  { step: "firm", fields: ["firm", "product", "dateOfUse", "problem"] },
  { step: "person", fields: ["complainantName", "complainantId", "address", "phone", "email", "chronology", "rulesBroken", "stepsTaken", "demand"] },
  { step: "files", fields: ["evidenceList"] },
];

export default async function OjkPortalPage({ params }: PageProps<"/cases/[caseId]/complaints/ojk/portal">) {
  const { caseId } = await params;
  const user = await requireUser(`/cases/${caseId}/complaints/ojk/portal`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const draft = userCase ? openDocument("ojk_violation", user, userCase) : null;
  if (!userCase || !draft) notFound();
  const t = await getTranslations("complaint");
  const fields = draft.fields;
  return (
    <div className="space-y-5">
      <Link href={`/cases/${userCase.id}/complaints/ojk`} className="link inline-block py-2">
        ← {t("backToDraft")}
      </Link>
      <h1 className="text-2xl font-bold">{t("portalTitle")}</h1>
      <p>
        {t("portalLead")}{" "}
        <a href="https://kontak157.ojk.go.id/appkpublicportal/Pengaduan" className="link" rel="noreferrer">
          kontak157.ojk.go.id
        </a>
      </p>
      {STEPS.map(({ step, fields: keys }, index) => (
        <section key={step} aria-labelledby={`step-${step}`} className="space-y-3">
          <h2 id={`step-${step}`} className="text-xl font-semibold">
            {t("portalStep", { number: index + 1, name: t(`portalStepName.${step}`) })}
          </h2>
          {keys.map((key) => (
            <CopyField key={key} id={key} label={t(`field.${key}`)} value={fields[key] ?? ""} />
          ))}
          {step === "files" ? <p className="hint">{t("portalFilesHint")}</p> : null}
        </section>
      ))}
    </div>
  );
}
