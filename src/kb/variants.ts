// Numbers that several vendors use differently (419, 420, 451, 499, 530...): pick the meaning
// the recorded response headers point to, or none when the evidence is not there.
import type { HeaderPair } from '../core/types';
import type { StatusFacts, StatusText, VariantFacts } from './types';

export function pickVariant(facts: StatusFacts, headers: readonly HeaderPair[] | undefined): VariantFacts | undefined {
  if (!facts.variants?.length || !headers?.length) return undefined;
  const byName = new Map(headers.map(([k, v]) => [k.toLowerCase(), v]));
  return facts.variants.find((v) => {
    const tests = Object.entries(v.match ?? {});
    if (!tests.length) return false; // a variant with no test is never chosen by guess
    return tests.every(([name, pattern]) => {
      const value = byName.get(name.toLowerCase());
      if (value === undefined) return false;
      try {
        return new RegExp(pattern, 'i').test(value);
      } catch {
        return false;
      }
    });
  });
}

/** The entry's text with the variant's own prose laid over it, field by field. */
export function textForVariant(text: StatusText, variantId: string | undefined): StatusText {
  const v = variantId ? text.variants?.[variantId] : undefined;
  if (!v) return text;
  const out = { ...text };
  for (const [k, val] of Object.entries(v) as [keyof StatusText, never][]) {
    if (val !== undefined && val !== '') out[k] = val;
  }
  return out;
}
