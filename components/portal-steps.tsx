import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { CopyField } from "./copy-field";

type Props = {
  title: string;
  lead: string;
  backHref: string;
  backLabel: string;
  url: string;
  steps: { name: string; fields: readonly string[] }[];
  fields: Record<string, string>;
  filesHint: string;
};

/** A web form to fill by hand: the draft's fields in the form's own order, step by step, each with a copy button. */
export async function PortalSteps({ title, lead, backHref, backLabel, url, steps, fields, filesHint }: Props) {
  const t = await getTranslations("complaint");
  return (
    <div className="space-y-5">
      <Link href={backHref} className="link inline-block py-2">
        ← {backLabel}
      </Link>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>
        {lead}{" "}
        <a href={url} className="link break-all" rel="noreferrer">
          {new URL(url).host.replace(/^www\./, "")}
        </a>
      </p>
      {steps.map(({ name, fields: keys }, index) => (
        <section key={name} aria-labelledby={`step-${index}`} className="space-y-3">
          <h2 id={`step-${index}`} className="text-xl font-semibold">
            {t("portalStep", { number: index + 1, name })}
          </h2>
          {keys.map((key) => (
            <CopyField key={key} id={key} label={t(`field.${key}`)} value={fields[key] ?? ""} />
          ))}
          {keys.includes("evidenceList") ? <p className="hint">{filesHint}</p> : null}
        </section>
      ))}
    </div>
  );
}
