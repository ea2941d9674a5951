/** `messages:` and `versioning:` sections of .github/lockstep.yml (schema-diff). */
import { z } from 'zod';
import { GitRef, GitRepositoryLocation, RepositoryPath, UserRegex, pathProblem } from './git-values.js';

export const Role = z.enum(['producer', 'consumer', 'both']).meta({
  description: "this repository's side of the message: producer (sends it), consumer (reads it) or both; decides which changes break the other side",
  examples: ['consumer'],
});
/** `PATH.py#Class.method` or `PATH.py#function`: a decoder function read from the code (src/schema/function-decoder.ts). */
export const FunctionReference = z
  .string()
  .min(1)
  .refine((value) => pathProblem(value.split('#')[0] ?? '') === undefined && /^[^#]+\.py#[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(value), {
    message: 'expected PATH.py#Class.method or PATH.py#function',
  });

export const Decoder = z
  .union([
    z.enum(['strict', 'pydantic']),
    z.strictObject({
      function: FunctionReference.meta({
        description:
          "the reader's decoder function, read without running it: keys it subscripts are required, `.get` optional, other keys ignored; its conversions decide the wire types (role: consumer)",
        examples: ['python/shared/visit.py#FannedOutVisit.from_dict'],
      }),
    }),
  ])
  .meta({
    description: 'how the reader decodes it: strict (cls(**message): every key must match a field), pydantic (model validation, with its extra policy), or {function: PATH.py#Class.method} (a decoder function)',
    examples: ['strict'],
  });

/** `PATH#Class` for Python, or a path ending in `.json` for a JSON Schema file. */
export const SchemaReference = z
  .string()
  .min(1)
  .refine((value) => pathProblem(value) === undefined && (value.endsWith('.json') || /^[^#]+\.py#[A-Za-z_][A-Za-z0-9_]*$/.test(value)), {
    message: 'expected PATH.py#ClassName or a path to a .json JSON Schema',
  });

export const PeerSchema = z.strictObject({
  repository: GitRepositoryLocation.meta({ description: 'the repository on the other side of the message: owner/name on GitHub, an https:// or file:// URL, or a local path', examples: ['lsst-dm/next_visit_fan_out'] }),
  ref: GitRef.default('main').meta({ description: "the peer's branch (or tag, or full commit id) to check this head against", examples: ['main'] }),
  schema: SchemaReference.meta({ description: "the peer's schema: PATH.py#Class or a .json JSON Schema, relative to the peer's root", examples: ['src/shared/visit.py#NextVisitModelKeda'] }),
  'extra-fields': z
    .record(z.string(), z.string())
    .default({})
    .meta({ description: 'keys the sender adds at send time that are not fields of its class, name → type', examples: [{ detector: 'int' }] }),
  'wire-types': z
    .record(z.string(), z.string())
    .default({})
    .meta({ description: 'fields whose form on the wire differs from the annotation here, name → wire type', examples: [{ position: 'str' }] }),
});

export const MessageSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'a label for the message in reports', examples: ['next-visit'] }),
    schema: SchemaReference.meta({ description: 'the message class: PATH.py#Class or a .json JSON Schema, relative to the repository root', examples: ['python/shared/visit.py#FannedOutVisit'] }),
    role: Role,
    decoder: Decoder,
    extra: z
      .enum(['ignore', 'forbid', 'allow'])
      .optional()
      .meta({ description: "pydantic decoder: the reader's extra policy, when model_config does not say it (default: read from model_config, else ignore)", examples: ['forbid'] }),
    peer: PeerSchema.optional().meta({
      description: 'the other side of the message: its schema is checked against this head, so a change that breaks it fails here',
      examples: [{ repository: 'lsst-dm/next_visit_fan_out', ref: 'main', schema: 'src/shared/visit.py#NextVisitModelKeda' }],
    }),
  })
  .refine((message) => typeof message.decoder === 'string' || message.role === 'consumer', {
    message: 'a decoder function is how this repository reads the message: use it with role: consumer (a producer names its readers\' decoder: strict or pydantic)',
    path: ['role'],
  });

export const VersioningSchema = z.strictObject({
  source: z
    .enum(['tags', 'changelog', 'file', 'label'])
    .default('tags')
    .meta({ description: 'where the proposed version comes from: release tags (a semver:* PR label on pull requests), the newest CHANGELOG heading, a version file, or the PR label only', examples: ['tags'] }),
  changelog: RepositoryPath.default('CHANGELOG.md').meta({ description: 'the changelog whose newest version heading is the proposed version (source: changelog)', examples: ['CHANGELOG.md'] }),
  file: z
    .strictObject({
      path: RepositoryPath.meta({ description: 'the file that holds the version', examples: ['pyproject.toml'] }),
      pattern: UserRegex.meta({ description: 'a regular expression (RE2 syntax) whose first group is the version', examples: ['version = "(.+)"'] }),
    })
    .optional()
    .meta({ description: 'the version file (source: file)', examples: [{ path: 'pyproject.toml', pattern: 'version = "(.+)"' }] }),
  'approve-label': z
    .string()
    .min(1)
    .default('lockstep/approve-breaking')
    .meta({ description: 'the PR label that approves an intended breaking change: the findings stay, the check passes', examples: ['lockstep/approve-breaking'] }),
});

export const MessagesSchema = z.array(MessageSchema).meta({
  description: 'the message classes this repository sends or reads (schema-diff)',
  examples: [[{ name: 'next-visit', schema: 'python/shared/visit.py#FannedOutVisit', role: 'consumer', decoder: 'strict' }]],
});
