import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

/**
 * Checks an API answer against the OpenAPI document (GET /api/v1/openapi.json): the operation
 * must list the status, with the answer's content type, and the body must validate against the
 * schema there (Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses). Every call of the API's
 * integration tests goes through `send`, so every answer they see is checked.
 */

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
const doc = openApiDocument() as unknown as Doc;
ajv.addSchema({ $id: "openapi", components: doc.components });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Problems with `response` as the answer of `method path` (path as in the document: /api/v1/time-entries/{id}). */
export async function contractProblems(method: string, path: string, response: Response): Promise<string[]> {
  const operation = doc.paths[path]?.[method.toLowerCase()];
  if (!operation) return [`${method} ${path} is not in the OpenAPI document`];
  const answer = operation.responses[String(response.status)];
  if (!answer) return [`${method} ${path} answered ${response.status}, which the document does not list`];
  if (!answer.content)
    return response.body === null || (await response.clone().text()) === "" ? [] : ["a body where none is documented"];
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const content = answer.content[type];
  if (!content) return [`content type ${type} is not documented for ${response.status}`];
  const key = `${method} ${path} ${response.status} ${type}`;
  let validate = validators.get(key);
  if (!validate) {
    // The document's $refs (#/components/...) resolve against a schema holding its components.
    const schema = JSON.parse(JSON.stringify(content.schema).replaceAll('"#/components/', '"openapi#/components/'));
    validate = ajv.compile(schema);
    validators.set(key, validate);
  }
  const body: unknown = await response.clone().json();
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Response | Promise<Response>;

/** Calls a route handler and checks its answer against the document. */
export async function send<P = Record<string, never>>(
  handler: Handler<P>,
  path: string,
  request: Request,
  params?: P,
): Promise<Response> {
  const response = await handler(request, { params: Promise.resolve(params ?? ({} as P)) });
  expect(await contractProblems(request.method, path, response), `${request.method} ${path}`).toEqual([]);
  return response;
}
