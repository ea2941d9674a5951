/**
 * GitHub's published OpenAPI description (`@octokit/openapi`), used by the
 * stand-in to hold every request and response to what api.github.com accepts
 * and sends. Loaded once per process and validators are compiled once per
 * route: the description is 13 MB.
 *
 * Responses are checked strictly: object schemas get `additionalProperties:
 * false`, so a field GitHub would not send fails the test. The exception is a
 * part of an `allOf` that merges several schemas, where closing one part would
 * reject the other parts' fields. (A one-element `allOf` only adds `nullable`,
 * and `anyOf`/`oneOf` branches each describe the whole value: those are closed.)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS; under ESM their default export is the module object.
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as typeof addFormatsModule.default;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  parameterNames: string[];
  /** Literal characters in the template: more literal wins when two templates match. */
  specificity: number;
  spec: JsonObject;
}

export interface RouteMatch {
  operation: Operation;
  pathParams: Record<string, string>;
}

const COMPONENTS_ID = 'https://api.github.com/openapi-components';

let loaded: OpenApi | undefined;

/** The description, parsed and indexed once per process. */
export function openApi(): OpenApi {
  loaded ??= new OpenApi();
  return loaded;
}

function specPath(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  return join(dirname(packageJson), 'generated', 'api.github.com.json');
}

/** A key whose array merges several schemas into one value. */
function isMerging(key: string, value: Json): boolean {
  return key === 'allOf' && Array.isArray(value) && value.length > 1;
}

/**
 * Rewrites every `allOf` that merges plain object schemas into one object schema
 * (properties and required lists united), so it can be closed like any other.
 * Merges of anything else are left as they are and their parts stay open.
 */
function flattenMerges(node: Json, schemas: JsonObject): void {
  if (Array.isArray(node)) {
    for (const item of node) flattenMerges(item, schemas);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const value of Object.values(node)) flattenMerges(value, schemas);
  const parts = node.allOf;
  if (!isMerging('allOf', parts ?? null)) return;
  const resolved = (parts as Json[]).map((part) => {
    const ref = (part as JsonObject).$ref;
    return (typeof ref === 'string' ? schemas[ref.replace('#/components/schemas/', '')] : part) as JsonObject | undefined;
  });
  const plain = resolved.every((part) => part && part.type === 'object' && part.properties && !part.allOf && !part.anyOf && !part.oneOf && part.additionalProperties === undefined);
  if (!plain) return;
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const part of resolved as JsonObject[]) {
    Object.assign(properties, part.properties as JsonObject);
    for (const name of (part.required as string[] | undefined) ?? []) required.add(name);
  }
  delete node.allOf;
  node.type = 'object';
  node.properties = properties;
  if (required.size > 0) node.required = [...required];
}

/** Component refs that are parts of a merging allOf left as it was: those must stay open. */
function refsInsideMerges(node: Json, inside: boolean, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) refsInsideMerges(item, inside, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (inside && typeof node.$ref === 'string') found.add(node.$ref);
  for (const [key, value] of Object.entries(node)) {
    // Only the direct parts of the merge are affected; a property's own schema is a new object.
    const nowInside = isMerging(key, value) ? true : key === 'allOf' || key === 'anyOf' || key === 'oneOf' ? inside : false;
    refsInsideMerges(value, nowInside, found);
  }
}

function closeObjects(node: Json, inside: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) closeObjects(item, inside);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (!inside && node.type === 'object' && node.properties && node.additionalProperties === undefined) {
    node.additionalProperties = false;
  }
  for (const [key, value] of Object.entries(node)) {
    const nowInside = isMerging(key, value) ? true : key === 'allOf' || key === 'anyOf' || key === 'oneOf' ? inside : false;
    closeObjects(value, nowInside);
  }
}

export class OpenApi {
  private readonly spec: JsonObject;
  private readonly operations: Operation[] = [];
  private readonly requestAjv: InstanceType<typeof Ajv>;
  private readonly responseAjv: InstanceType<typeof Ajv>;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor() {
    this.spec = JSON.parse(readFileSync(specPath(), 'utf8')) as JsonObject;
    const paths = this.spec.paths as JsonObject;
    for (const [template, item] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(item as JsonObject)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const parameterNames: string[] = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
          parameterNames.push(name);
          return '([^/]+)';
        });
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${source}$`),
          parameterNames,
          specificity: template.replace(/\{[^}]+\}/g, '').length,
          spec: operation as JsonObject,
        });
      }
    }
    const components = this.spec.components as JsonObject;
    this.requestAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
    addFormats(this.requestAjv);
    this.requestAjv.addSchema({ $id: COMPONENTS_ID, components } as object);

    const strictComponents = JSON.parse(JSON.stringify(components)) as JsonObject;
    const schemas = strictComponents.schemas as JsonObject;
    flattenMerges(strictComponents, schemas);
    const open = new Set<string>();
    refsInsideMerges(strictComponents, false, open);
    for (const [name, schema] of Object.entries(schemas)) {
      if (open.has(`#/components/schemas/${name}`)) continue;
      closeObjects(schema, false);
    }
    this.responseAjv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.responseAjv);
    this.responseAjv.addSchema({ $id: COMPONENTS_ID, components: strictComponents } as object);
  }

  match(method: string, path: string): RouteMatch | undefined {
    let best: RouteMatch | undefined;
    for (const operation of this.operations) {
      if (operation.method !== method) continue;
      const found = operation.pattern.exec(path);
      if (!found) continue;
      if (best && best.operation.specificity >= operation.specificity) continue;
      const pathParams: Record<string, string> = {};
      operation.parameterNames.forEach((name, index) => (pathParams[name] = decodeURIComponent(found[index + 1]!)));
      best = { operation, pathParams };
    }
    return best;
  }

  /** Follows a local `$ref` inside the description. */
  resolve(node: Json): JsonObject {
    let current = node as JsonObject;
    while (current && typeof current.$ref === 'string') {
      const parts = (current.$ref as string).replace(/^#\//, '').split('/');
      current = parts.reduce<Json>((at, part) => (at as JsonObject)[part]!, this.spec) as JsonObject;
    }
    return current;
  }

  /** Rewrites local refs so a fragment compiles against the registered components document. */
  private anchored(schema: Json): Json {
    return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, `"${COMPONENTS_ID}#/components/`)) as Json;
  }

  private validator(key: string, ajv: InstanceType<typeof Ajv>, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = ajv.compile(this.anchored(schema) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }

  /** Problems with a request, as sentences; empty when GitHub would accept its shape. */
  checkRequest(match: RouteMatch, query: URLSearchParams, body: unknown): string[] {
    const { operation } = match;
    const problems: string[] = [];
    const where = `${operation.method} ${operation.template}`;
    const parameters = ((operation.spec.parameters as Json[]) ?? []).map((parameter) => this.resolve(parameter));
    const known = new Set<string>();
    for (const parameter of parameters) {
      const name = parameter.name as string;
      const location = parameter.in as string;
      const schema = (parameter.schema ?? {}) as JsonObject;
      let raw: string | undefined;
      if (location === 'path') raw = match.pathParams[name];
      else if (location === 'query') {
        known.add(name);
        raw = query.get(name) ?? undefined;
      } else continue;
      if (raw === undefined) {
        if (parameter.required) problems.push(`${where}: missing required ${location} parameter ${name}`);
        continue;
      }
      const value = this.coerce(raw, schema);
      const validate = this.validator(`param ${where} ${name}`, this.requestAjv, schema);
      if (!validate(value)) problems.push(`${where}: ${location} parameter ${name}=${raw}: ${this.requestAjv.errorsText(validate.errors)}`);
    }
    for (const name of query.keys()) {
      if (!known.has(name)) problems.push(`${where}: undocumented query parameter ${name}`);
    }
    const requestBody = operation.spec.requestBody ? this.resolve(operation.spec.requestBody) : undefined;
    if (requestBody) {
      const schema = ((requestBody.content as JsonObject)?.['application/json'] as JsonObject | undefined)?.schema;
      if (body === undefined) {
        if (requestBody.required) problems.push(`${where}: missing required JSON body`);
      } else if (schema) {
        const validate = this.validator(`body ${where}`, this.requestAjv, schema);
        if (!validate(body)) problems.push(`${where}: body ${this.requestAjv.errorsText(validate.errors)}`);
      }
    } else if (body !== undefined && ['POST', 'PATCH', 'PUT'].includes(operation.method)) {
      problems.push(`${where}: this route takes no body`);
    }
    return problems;
  }

  /** Problems with a response; a status GitHub does not document for the route is one. */
  checkResponse(match: RouteMatch, status: number, body: unknown): string[] {
    const { operation } = match;
    const where = `${operation.method} ${operation.template} → ${status}`;
    const responses = operation.spec.responses as JsonObject;
    const documented = responses[String(status)];
    if (!documented) {
      // GitHub answers 401/403/404 on any route without documenting each; the body is then a basic error.
      if ([401, 403, 404].includes(status)) {
        const validate = this.validator('response basic-error', this.responseAjv, { $ref: '#/components/schemas/basic-error' });
        return validate(body) ? [] : [`${where}: ${this.responseAjv.errorsText(validate.errors, { separator: '; ' })}`];
      }
      return [`${where}: status not documented for this route`];
    }
    const response = this.resolve(documented);
    const schema = ((response.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.schema;
    if (!schema) return body === undefined ? [] : [`${where}: GitHub sends no body here`];
    const validate = this.validator(`response ${where}`, this.responseAjv, schema);
    return validate(body) ? [] : [`${where}: ${this.responseAjv.errorsText(validate.errors, { separator: '; ' })}`];
  }

  /** The schema of a named component, e.g. "pull-request". */
  componentSchema(name: string): JsonObject {
    return ((this.spec.components as JsonObject).schemas as JsonObject)[name] as JsonObject;
  }

  private coerce(raw: string, schema: JsonObject): Json {
    const type = schema.type;
    if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
    if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
    return raw;
  }

  /**
   * A value of a component schema with every required field filled (nullable
   * fields null, strings by format), then `overrides` laid over it. The result
   * is still validated on the way out, so an override GitHub would not send fails.
   */
  synthesize(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const base = this.fill(this.componentSchema(name), 0) as Record<string, unknown>;
    return deepMerge(base, overrides);
  }

  private fill(node: Json, depth: number): Json {
    const schema = this.resolve(node);
    if (depth > 12) return null;
    if (schema.allOf) {
      return (schema.allOf as Json[]).reduce<Record<string, unknown>>(
        (merged, part) => deepMerge(merged, (this.fill(part, depth + 1) ?? {}) as Record<string, unknown>),
        {},
      ) as Json;
    }
    if (schema.oneOf) return this.fill((schema.oneOf as Json[])[0]!, depth + 1);
    if (schema.anyOf) return this.fill((schema.anyOf as Json[])[0]!, depth + 1);
    if (schema.nullable) return null;
    if (schema.enum) return (schema.enum as Json[])[0]!;
    switch (schema.type) {
      case 'object': {
        const result: JsonObject = {};
        const properties = (schema.properties ?? {}) as JsonObject;
        for (const key of (schema.required as string[] | undefined) ?? []) {
          result[key] = properties[key] ? this.fill(properties[key]!, depth + 1) : null;
        }
        return result;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return false;
      case 'string':
        switch (schema.format) {
          case 'date-time':
            return '2026-01-01T00:00:00Z';
          case 'uri':
          case 'uri-template':
            return 'https://api.github.com/stand-in';
          case 'email':
            return 'stand-in@example.com';
          default:
            return 'stand-in';
        }
      default:
        return null;
    }
  }
}

function deepMerge(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = result[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)) {
      result[key] = deepMerge(current as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      result[key] = value;
    }
  }
  return result;
}
