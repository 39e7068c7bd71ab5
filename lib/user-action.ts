import "server-only";
import type { User } from "@/db/schema";
import { failed, type ActionResult } from "./action-result";
import { requireActionUser } from "./auth";
import type { Role } from "./domain";

/**
 * A server action for the signed-in user: the wrapper reads them fresh (a signed-out call ends
 * in a 404, as an action has no page to come back to) and hands them to the action as its first
 * argument; the action then parses its input with zod and calls the domain.
 *
 *   export const unshareCaseAction = userAction(async (user, caseId: unknown) => { … });
 */
export function userAction<A extends unknown[], R>(action: (user: User, ...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => action(await requireActionUser(), ...args);
}

/** As userAction, for the roles listed only: anyone else is answered "not found", as for a thing they may not see. */
function roleAction(roles: readonly Role[]) {
  return <A extends unknown[], R>(action: (user: User, ...args: A) => Promise<R | ActionResult<never>>) =>
    async (...args: A): Promise<R | ActionResult<never>> => {
      const user = await requireActionUser();
      if (!roles.includes(user.role)) return failed("notFound");
      return action(user, ...args);
    };
}

export const adminAction = roleAction(["admin"]);
