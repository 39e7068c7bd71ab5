import { DATA_LICENCE } from "./licence";
import { z } from "zod";
import { OPEN_DATA_ENDPOINTS, type Endpoint } from "./endpoints";
import { errorSchema, openDataSchemas } from "./schemas";

export const OPENAPI_PATH = "/api/v1/openapi.json";
export const TERMS =
  "Reports are what people received and reported, as they reported it; names, numbers and other personal data in them are masked. " +
  "Figures count public reports only: a report a moderator hides, or its reporter unshares, leaves every answer at once. " +
  'Cite as: "Spamtrail public directory, [address of the answer], retrieved [date]".';

type Json = Record<string, unknown>;

const schemaName = (schema: z.ZodType) => openDataSchemas.get(schema)?.id;
const ref = (schema: z.ZodType) => ({ $ref: `#/components/schemas/${schemaName(schema)}` });

/** The registered schemas as the document's components, each without its own $schema and $id. */
function componentSchemas(): Json {
  const { schemas } = z.toJSONSchema(openDataSchemas, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as Json;
      return [name, rest];
    }),
  );
}

/** A parameter object per property of the parameters' schema (as a client sends it: the input side). */
function parameters(schema: z.ZodObject | undefined, location: "path" | "query"): Json[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as { properties: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: location, required: location === "path" || (json.required ?? []).includes(name), description, schema: rest };
  });
}

const header = (description: string, schema: Json = { type: "string" }) => ({ description, schema });
const errorAnswer = (description: string, headers: string[] = []) => ({
  description,
  headers: Object.fromEntries(
    ["Access-Control-Allow-Origin", "RateLimit", "RateLimit-Policy", ...headers].map((name) => [name, { $ref: `#/components/headers/${name}` }]),
  ),
  content: { "application/json": { schema: ref(errorSchema) } },
});
const COMMON_HEADERS = ["Access-Control-Allow-Origin", "RateLimit", "RateLimit-Policy", "ETag", "Cache-Control"];
const headerRefs = (names: string[]) => Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));

function operation(endpoint: Endpoint): Json {
  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    parameters: [...parameters(endpoint.pathParams, "path"), ...parameters(endpoint.query, "query"), { $ref: "#/components/parameters/IfNoneMatch" }],
    responses: {
      200: {
        description: "OK",
        headers: headerRefs(COMMON_HEADERS),
        content: { "application/json": { schema: ref(endpoint.response), example: endpoint.example } },
      },
      304: { description: "Not modified: the answer is the one whose ETag was sent in If-None-Match", headers: headerRefs(COMMON_HEADERS) },
      ...(endpoint.errors.includes(400) ? { 400: { $ref: "#/components/responses/BadRequest" } } : {}),
      ...(endpoint.errors.includes(404) ? { 404: { $ref: "#/components/responses/NotFound" } } : {}),
      429: { $ref: "#/components/responses/TooManyRequests" },
    },
  };
}

/** The OpenAPI 3.1 document of the open data API, generated from the schemas that validate its answers. */
export function openApiDocument(rateLimitPerMinute: number): Json {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Spamtrail open data API",
      version: "1.0.0",
      summary: "Public reports of unwanted calls and messages, per sender, read-only",
      description: `${TERMS}\n\nEvery client address may make ${rateLimitPerMinute} requests a minute; the RateLimit header says how many are left.`,
      license: { ...DATA_LICENCE },
    },
    servers: [{ url: "/" }],
    paths: Object.fromEntries(OPEN_DATA_ENDPOINTS.map((endpoint) => [endpoint.path, { get: operation(endpoint) }])),
    components: {
      schemas: componentSchemas(),
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "The ETag of an answer you have: 304 without a body when it is still the same",
          schema: { type: "string" },
        },
      },
      headers: {
        "Access-Control-Allow-Origin": header("Always *: any web page may read the API"),
        ETag: header("Strong hash of the body (weak, W/, when the answer was gzipped)"),
        "Cache-Control": header("public, max-age=0, must-revalidate: ask again each time, with If-None-Match"),
        RateLimit: header("Where this address stands: limit=<requests>, remaining=<requests>, reset=<seconds>"),
        "RateLimit-Policy": header(`<requests>;w=<seconds>: ${rateLimitPerMinute};w=60`),
        "Retry-After": header("Seconds until a request is accepted again", { type: "integer" }),
      },
      responses: {
        BadRequest: errorAnswer("A parameter is invalid: `issues` names each one"),
        NotFound: errorAnswer("No sender with this id has public reports"),
        TooManyRequests: errorAnswer("Past the limit of requests a minute from this address", ["Retry-After"]),
      },
    },
  };
}
