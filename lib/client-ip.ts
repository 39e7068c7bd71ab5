import "server-only";
import { headers } from "next/headers";

/**
 * Set by server/server.mjs from the connection (or X-Forwarded-For when TRUST_PROXY says so),
 * replacing whatever the client sent. Behind `next dev` there is no such server: everyone is "local".
 */
export const CLIENT_IP_HEADER = "x-spamtrail-client-ip";

export async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_IP_HEADER) || "local";
}
