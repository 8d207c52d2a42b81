import { z } from 'astro/zod';

/**
 * Strips wrappers (optional, nullable, default, and the pipes that transform
 * and preprocess make) to reach the schema that holds the shape. Zod 4's
 * public accessors only: `unwrap()`, and a pipe's `in` and `out`.
 */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return unwrapSchema(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) {
    // `preprocess` is a transform piped into the schema; `transform` is the schema piped into a transform.
    return unwrapSchema((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType);
  }
  return schema;
}

/** The objects a path may lead to (a union leads to several). */
function objectsAt(schema: z.ZodType, path: readonly (string | number)[]): z.ZodObject[] {
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodUnion) {
    return (inner.options as z.ZodType[]).flatMap((option) => objectsAt(option, path));
  }
  if (path.length === 0) return inner instanceof z.ZodObject ? [inner] : [];
  const [head, ...rest] = path;
  if (inner instanceof z.ZodArray && typeof head === 'number') return objectsAt(inner.element as z.ZodType, rest);
  if (inner instanceof z.ZodObject && typeof head === 'string') {
    const field = inner.shape[head] as z.ZodType | undefined;
    return field ? objectsAt(field, rest) : [];
  }
  return [];
}

/** Field names allowed at a path of a schema: what a misspelt field is compared with. */
export function fieldNamesAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((object) => Object.keys(object.shape)))];
}

/** The field schemas a path may lead to (a union leads to several). */
function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): z.ZodType[] {
  if (path.length === 0) return [schema];
  const inner = unwrapSchema(schema);
  if (inner instanceof z.ZodUnion) return (inner.options as z.ZodType[]).flatMap((option) => fieldsAt(option, path));
  const [head, ...rest] = path;
  if (inner instanceof z.ZodArray && typeof head === 'number') return fieldsAt(inner.element as z.ZodType, rest);
  if (inner instanceof z.ZodObject && typeof head === 'string') {
    const field = inner.shape[head] as z.ZodType | undefined;
    return field ? fieldsAt(field, rest) : [];
  }
  return [];
}

/** Whether `registry` marks a schema, or a wrapper's inner schema (optional, default, pipe), with `meta`'s values. */
function isMarked<M extends Record<string, unknown>>(schema: z.ZodType, registry: z.core.$ZodRegistry<M>, meta: Partial<M>): boolean {
  const found = registry.get(schema);
  if (found && Object.entries(meta).every(([key, value]) => found[key] === value)) return true;
  const inner =
    schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault
      ? (schema.unwrap() as z.ZodType)
      : schema instanceof z.ZodPipe
        ? ((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType)
        : undefined;
  return inner ? isMarked(inner, registry, meta) : false;
}

/** Whether the field at a path is marked in `registry` with `meta` (e.g. `fieldKinds`, `{ kind: 'phone' }`). */
export function isMarkedAt<M extends Record<string, unknown>>(
  schema: z.ZodType,
  path: readonly (string | number)[],
  registry: z.core.$ZodRegistry<M>,
  meta: Partial<M>,
): boolean {
  return fieldsAt(schema, path).some((field) => isMarked(field, registry, meta));
}
