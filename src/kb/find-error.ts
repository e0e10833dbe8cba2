// From a reported error name (net::ERR_…, NS_…, a Firefox certificate message) to its entry.
import { buildErrorNameIndex, errorIdFor, type ErrorNameIndex } from './error-names';
import { loadAllErrorFacts, loadError, type ErrorEntry } from './load';
import type { Lang } from './types';

let index: Promise<ErrorNameIndex> | undefined;

/** @param fromFirefox the name is what Firefox's webRequest reported (see errorIdFor). */
export async function findError(name: string, lang: Lang, fromFirefox = false): Promise<ErrorEntry | undefined> {
  index ??= loadAllErrorFacts().then(buildErrorNameIndex);
  const id = errorIdFor(name, await index, { nssMessages: fromFirefox }) ?? 'UNKNOWN';
  return loadError(id, lang);
}
