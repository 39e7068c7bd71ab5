import "server-only";
import type { User } from "@/db/schema";
import { getCurrentUser } from "../auth";
import type { Role } from "../domain";
import { notFoundResponse } from "./responses";
import { isCrossSite } from "./same-origin";

type Answer = Response | Promise<Response>;
/** The route's context; optional when the handler does not read it (a route without params). */
type ContextArgs<C> = unknown extends C ? [context?: C] : [context: C];

type Options = {
  /** Refuse a cross-site request before anything else (routes that change something). */
  sameOrigin?: boolean;
  /** The answer to a signed-out visitor; the refusal (404) when not given. */
  signedOut?: (request: Request) => Answer;
  /** The answer to a cross-site request or a user without the role: a 404 unless the route speaks JSON. */
  refused?: () => Answer;
};

/**
 * Route handlers for signed-in users: the wrapper reads the user fresh from the database and
 * hands them to the handler after the request and the route's context; nobody else reaches it.
 * Whether the thing asked for is the user's stays the handler's (and its domain function's) check.
 *
 *   export const GET = withUser(async (request, { params }: RouteContext<"/api/x/[id]">, user) => …);
 */
export function withUser<C>(handler: (request: Request, context: C, user: User) => Answer, options: Options = {}) {
  return withRoles(null, handler, options);
}

/** For advocates and admins only: anyone else gets the same 404 as for a missing address. */
export function withAdvocate<C>(handler: (request: Request, context: C, user: User) => Answer, options: Options = {}) {
  return withRoles(["advocate", "admin"], handler, options);
}

/** For admins only: anyone else gets the same 404 as for a missing address. */
export function withAdmin<C>(handler: (request: Request, context: C, user: User) => Answer, options: Options = {}) {
  return withRoles(["admin"], handler, options);
}

function withRoles<C>(roles: readonly Role[] | null, handler: (request: Request, context: C, user: User) => Answer, options: Options) {
  const refused = options.refused ?? notFoundResponse;
  return async (request: Request, ...[context]: ContextArgs<C>): Promise<Response> => {
    if (options.sameOrigin && isCrossSite(request)) return refused();
    const user = await getCurrentUser();
    if (!user) return options.signedOut ? options.signedOut(request) : refused();
    if (roles && !roles.includes(user.role)) return refused();
    return handler(request, context as C, user);
  };
}
