import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { resubscribeAction } from "@/lib/actions/unsubscribe";
import { setEmailTopic } from "@/lib/notifications/preferences";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

/**
 * The unsubscribe link of a notification mail: opening it turns that kind of email off at once,
 * signed out (the token is the proof), and offers to turn it back on. `on=1`: it was just turned back on.
 */
export default async function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  const [{ token, on }, t] = await Promise.all([searchParams, getTranslations("notifications")]);
  const tokenText = typeof token === "string" ? token : undefined;
  const turnedOn = on === "1" ? verifyUnsubscribeToken(tokenText) : undefined;
  const done = on === "1" ? turnedOn && { topic: turnedOn.kind } : await setEmailTopic(tokenText, false);
  if (!done) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidBody")}</p>
        <p>
          <Link className="btn-secondary" href="/profile#emails">
            {t("toProfile")}
          </Link>
        </p>
      </div>
    );
  }
  const what = t(`about.${done.topic}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t(on === "1" ? "resubscribedTitle" : "unsubscribedTitle")}</h1>
      <p>{t(on === "1" ? "resubscribedBody" : "unsubscribedBody", { what })}</p>
      {on === "1" ? null : (
        <form action={resubscribeAction}>
          <input type="hidden" name="token" value={tokenText} />
          <button type="submit" className="btn-secondary">
            {t("turnBackOn")}
          </button>
        </form>
      )}
      <p>
        <Link className="link inline-block py-2" href="/profile#emails">
          {t("emailSettings")}
        </Link>
      </p>
    </div>
  );
}
