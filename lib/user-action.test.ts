import { beforeEach, describe, expect, it } from "vitest";
import { setUserRoleByEmail, findUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import type { ActionResult } from "./action-result";
import { createTestUser } from "@/lib/testing/factories";
import { testSession as session } from "@/lib/testing/session";
import { adminAction, userAction } from "./user-action";

const whoAmI = async (user: User, note: unknown): Promise<ActionResult<string>> => ({ ok: true, data: `${user.id}:${String(note)}` });

describe("action wrappers", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("userAction: a signed-out call ends in a 404 before the action runs; a signed-in one gets the user first, then its arguments", async () => {
    let ran = false;
    const action = userAction(async (user: User, note: unknown) => {
      ran = true;
      return whoAmI(user, note);
    });
    await expect(action("hi")).rejects.toThrow("NOT_FOUND");
    expect(ran).toBe(false);
    session.user = await createTestUser();
    expect(await action("hi")).toEqual({ ok: true, data: `${session.user.id}:hi` });
  });

  it("adminAction: signed out is a 404, a reporter or an advocate gets 'not found', an admin gets through", async () => {
    const action = adminAction(whoAmI);
    await expect(action("x")).rejects.toThrow("NOT_FOUND");
    for (const role of ["reporter", "advocate"] as const) {
      const user = await createTestUser();
      await setUserRoleByEmail(user.email, role);
      session.user = (await findUserById(user.id))!;
      expect(await action("x")).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    }
    const admin = await createTestUser();
    await setUserRoleByEmail(admin.email, "admin");
    session.user = (await findUserById(admin.id))!;
    expect(await action("x")).toEqual({ ok: true, data: `${admin.id}:x` });
  });
});
