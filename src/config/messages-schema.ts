/** `messages:` and `versioning:` sections of .github/lockstep.yml (schema-diff). */
import { z } from 'zod';
import { GitRef, GitRepositoryLocation, RepositoryPath, UserRegex, pathProblem } from './git-values.js';

export const Role = z.enum(['producer', 'consumer', 'both']);
/** `PATH.py#Class.method` or `PATH.py#function`: a decoder function read from the code (src/schema/function-decoder.ts). */
export const FunctionReference = z
  .string()
  .min(1)
  .refine((value) => pathProblem(value.split('#')[0] ?? '') === undefined && /^[^#]+\.py#[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/.test(value), {
    message: 'expected PATH.py#Class.method or PATH.py#function',
  });

export const Decoder = z.union([
  z.enum(['strict', 'pydantic']),
  z.strictObject({
    function: FunctionReference.describe("the reader's decoder function, read without running it: keys it subscripts are required, `.get` optional, other keys ignored; its conversions decide the wire types (role: consumer)"),
  }),
]);

/** `PATH#Class` for Python, or a path ending in `.json` for a JSON Schema file. */
export const SchemaReference = z
  .string()
  .min(1)
  .refine((value) => pathProblem(value) === undefined && (value.endsWith('.json') || /^[^#]+\.py#[A-Za-z_][A-Za-z0-9_]*$/.test(value)), {
    message: 'expected PATH.py#ClassName or a path to a .json JSON Schema',
  });

export const PeerSchema = z.strictObject({
  repository: GitRepositoryLocation.describe('owner/name on GitHub, a local path, or a git URL'),
  ref: GitRef.default('main'),
  schema: SchemaReference.describe("the peer's schema: PATH.py#Class or a .json file"),
  'extra-fields': z
    .record(z.string(), z.string())
    .default({})
    .describe('keys the peer adds at send time, name → type (e.g. {detector: int})'),
  'wire-types': z
    .record(z.string(), z.string())
    .default({})
    .describe('fields whose wire form differs here, name → wire type (e.g. {position: str})'),
});

export const MessageSchema = z
  .strictObject({
    name: z.string().min(1).describe('a label for reports'),
    schema: SchemaReference.describe('PATH.py#Class or a .json JSON Schema'),
    role: Role,
    decoder: Decoder,
    extra: z
      .enum(['ignore', 'forbid', 'allow'])
      .optional()
      .describe("pydantic decoder: the reader's extra policy, when model_config does not say it (default: read from model_config, else ignore)"),
    peer: PeerSchema.optional(),
  })
  .refine((message) => typeof message.decoder === 'string' || message.role === 'consumer', {
    message: 'a decoder function is how this repository reads the message: use it with role: consumer (a producer names its readers\' decoder: strict or pydantic)',
    path: ['role'],
  });

export const VersioningSchema = z.strictObject({
  source: z.enum(['tags', 'changelog', 'file', 'label']).default('tags'),
  changelog: RepositoryPath.default('CHANGELOG.md'),
  file: z
    .strictObject({
      path: RepositoryPath,
      pattern: UserRegex.describe('a regular expression whose first group is the version'),
    })
    .optional(),
  'approve-label': z.string().min(1).default('lockstep/approve-breaking'),
});

export const MessagesSchema = z.array(MessageSchema);
