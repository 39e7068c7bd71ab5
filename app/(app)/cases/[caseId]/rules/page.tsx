import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaseQuestionsForm } from "@/components/case-questions-form";
import { CaseRules } from "@/components/case-rules";
import { ClientMessages } from "@/components/client-messages";
import { setCaseAnswersAction } from "@/lib/actions/case";
import { requireUser } from "@/lib/auth";
import { caseAnswersInput } from "@/lib/cases/questions";
import { loadCaseRulesPage } from "@/lib/cases/view";
import { entryLinks, mergeTimeline } from "@/lib/cases/timeline";

export async function generateMetadata(): Promise<{ title: string }> {
  const t = await getTranslations("rules");
  return { title: t("metaTitle") };
}

/**
 * Why the case page says what it says: every conclusion with its explanation, contacts, doubts and
 * legal source, what cannot be checked yet, and the questions and the country that refine them.
 * Saving either stays here and shows the conclusions checked again.
 */
export default async function CaseRulesPage({ params }: PageProps<"/cases/[caseId]/rules">) {
  const { caseId } = await params;
  const user = await requireUser(`/cases/${caseId}/rules`);
  const loaded = await loadCaseRulesPage(user, caseId);
  if (!loaded) notFound();
  const { userCase, incidents, exchanges, rules, questions } = loaded;
  const [tc, tq] = await Promise.all([getTranslations("case"), getTranslations("caseQuestions")]);
  // The newest entries are on the case page, the others on the timeline's pages.
  const { incidentHref } = entryLinks(userCase.id, mergeTimeline(incidents, exchanges));
  const caseHref = `/cases/${userCase.id}`;

  return (
    <ClientMessages namespaces={["caseQuestions", "errors", "forms"]}>
      <div className="space-y-4">
        <Link href={caseHref} className="link inline-block py-2">
          ← {tc("timelineBack")}
        </Link>
        <h1 className="break-words text-2xl font-bold">{tc("senderTitle", { sender: userCase.sender.display })}</h1>
        <CaseRules
          userCase={userCase}
          incidents={incidents}
          report={rules}
          incidentHref={(id) => {
            const href = incidentHref(id);
            return href.startsWith("#") ? `${caseHref}${href}` : href;
          }}
          questions={
            questions.length > 0 ? (
              <section aria-labelledby="questions-heading" className="card space-y-3">
                <h3 id="questions-heading" className="text-lg font-semibold">
                  {tq("title")}
                </h3>
                <p className="hint mt-0">{tq("lead")}</p>
                <CaseQuestionsForm questions={questions} defaultValues={caseAnswersInput(userCase)} save={setCaseAnswersAction.bind(null, userCase.id)} />
              </section>
            ) : null
          }
        />
      </div>
    </ClientMessages>
  );
}
