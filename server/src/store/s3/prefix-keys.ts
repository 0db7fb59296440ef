/** An S3 command's input with the prefix put before every key it names (one object's, or a batch's). */
export function prefixKeys<T extends object>(input: T, prefix: string): T {
  if (!prefix) return input;
  const out = { ...input } as Record<string, unknown>;
  if (typeof out.Key === 'string') out.Key = prefix + out.Key;
  const batch = out.Delete as { Objects?: { Key?: string }[] } | undefined;
  if (batch?.Objects) out.Delete = { ...batch, Objects: batch.Objects.map((object) => ({ ...object, Key: prefix + (object.Key ?? '') })) };
  return out as T;
}
