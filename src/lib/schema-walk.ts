import { z } from 'astro/zod';

/** Strips wrappers (optional, default, effects) to reach the schema that holds the shape. */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault) return unwrap(schema.removeDefault());
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  return schema;
}

/** The objects a path may lead to (a union leads to several). */
function objectsAt(schema: z.ZodTypeAny, path: readonly (string | number)[]): z.AnyZodObject[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodUnion) {
    return (inner.options as z.ZodTypeAny[]).flatMap((option) => objectsAt(option, path));
  }
  if (path.length === 0) return inner instanceof z.ZodObject ? [inner] : [];
  const [head, ...rest] = path;
  if (inner instanceof z.ZodArray && typeof head === 'number') return objectsAt(inner.element, rest);
  if (inner instanceof z.ZodObject && typeof head === 'string') {
    const field = inner.shape[head] as z.ZodTypeAny | undefined;
    return field ? objectsAt(field, rest) : [];
  }
  return [];
}

/** Field names allowed at a path of a schema: what a misspelt field is compared with. */
export function fieldNamesAt(schema: z.ZodTypeAny, path: readonly (string | number)[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((object) => Object.keys(object.shape)))];
}
