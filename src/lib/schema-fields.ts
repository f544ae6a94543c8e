/**
 * What a schema accepts, read from the Zod schemas of schema.ts themselves (never a second list):
 * the field names at each level, unknown fields in a document, and whether a field may be left out.
 */
import { z } from 'astro/zod';
import type { FieldPath } from './frontmatter-lines.ts';

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap();
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.core.$ZodType;
    } else {
      break;
    }
  }
  return current;
}

/** Field names an object schema accepts, or undefined when the schema is not an object. */
export function knownFields(schema: z.core.$ZodType): string[] | undefined {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : undefined;
}

export interface UnknownField {
  path: PropertyKey[];
  known: string[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Every key in `data` that the schema does not know, at any depth. */
export function findUnknownFields(data: unknown, schema: z.core.$ZodType, at: PropertyKey[] = []): UnknownField[] {
  const inner = unwrap(schema);
  const out: UnknownField[] = [];
  if (inner instanceof z.ZodObject && isPlainObject(data)) {
    const shape = inner.shape as Record<string, z.core.$ZodType>;
    const known = Object.keys(shape);
    for (const [key, value] of Object.entries(data)) {
      const child = shape[key];
      if (!child) out.push({ path: [...at, key], known });
      else out.push(...findUnknownFields(value, child, [...at, key]));
    }
  } else if (inner instanceof z.ZodArray && Array.isArray(data)) {
    data.forEach((item, index) => out.push(...findUnknownFields(item, inner.element as z.core.$ZodType, [...at, index])));
  }
  return out;
}

/** Whether a field may be left out (optional or with a default), read from the schema. */
export function fieldMayBeOmitted(schema: z.core.$ZodType, fieldPath: FieldPath): boolean {
  let current: z.core.$ZodType | undefined = schema;
  for (const part of fieldPath) {
    if (current === undefined) return false;
    const inner = unwrap(current);
    if (typeof part === 'number') current = inner instanceof z.ZodArray ? (inner.element as z.core.$ZodType) : undefined;
    else current = inner instanceof z.ZodObject ? (inner.shape as Record<string, z.core.$ZodType>)[String(part)] : undefined;
  }
  return current !== undefined && z.safeParse(current, undefined).success;
}
