// Checks knowledge-base JSON against the shapes in types.ts. JSON arrives as `unknown`, so
// every field is checked at run time; each function returns a list of readable problems
// (empty = valid) instead of throwing, so one test run reports every broken file at once.

import type {
  ErrorCategory,
  Fault,
  Registry,
  Retry,
  StatusClassName,
  StatusFacts,
} from './types';

// Record<Union, true> makes the compiler reject a list that misses or adds a member,
// so these run-time sets cannot drift from the type unions.
const CLASSES: Record<StatusClassName, true> = {
  informational: true,
  success: true,
  redirection: true,
  'client-error': true,
  'server-error': true,
  'no-status': true,
};
const REGISTRIES: Record<Registry, true> = { iana: true, temporary: true, unused: true, obsolete: true, vendor: true };
const FAULTS: Record<Fault, true> = { none: true, client: true, server: true, gateway: true, network: true, browser: true };
const RETRIES: Record<Retry, true> = { no: true, yes: true, 'after-wait': true, 'after-change': true, 'not-applicable': true };
const CATEGORIES: Record<ErrorCategory, true> = {
  dns: true, connection: true, timeout: true, tls: true, blocked: true,
  aborted: true, cors: true, protocol: true, offline: true, other: true,
};

const CLASS_BY_DIGIT: Record<string, StatusClassName> = {
  '1': 'informational',
  '2': 'success',
  '3': 'redirection',
  '4': 'client-error',
  '5': 'server-error',
  '0': 'no-status',
};

const STATUS_FACT_KEYS = ['code', 'phrase', 'aliases', 'class', 'registry', 'vendor', 'fault', 'retry', 'headers', 'related', 'spec', 'variants', 'heuristicallyCacheable', 'asOf'];
const VARIANT_KEYS = ['id', 'vendor', 'phrase', 'match', 'spec'];
const TEXT_KEYS = ['summary', 'meaning', 'whenSeen', 'fixVisitor', 'fixOwner', 'example', 'browsers'];
const ERROR_FACT_KEYS = ['id', 'names', 'category', 'fault', 'retry', 'harmless', 'related', 'spec'];
const ERROR_TEXT_KEYS = ['summary', 'meaning', 'whenSeen', 'fixVisitor', 'fixOwner'];

type Obj = Record<string, unknown>;
type Report = (msg: string) => void;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function has(set: object, key: unknown): boolean {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(set, key);
}

function nonEmptyString(x: unknown): x is string {
  return typeof x === 'string' && x.trim() !== '';
}

function reporter(file: string, out: string[]): Report {
  return (msg) => out.push(`${file}: ${msg}`);
}

function unknownKeys(o: Obj, allowed: readonly string[], where: string, report: Report): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) report(`${where}unknown field "${k}"`);
}

function requireString(o: Obj, key: string, report: Report, where = ''): void {
  if (!(key in o)) report(`${where}missing "${key}"`);
  else if (!nonEmptyString(o[key])) report(`${where}"${key}" must be a non-empty string`);
}

function optionalString(o: Obj, key: string, report: Report, where = ''): void {
  if (key in o && !nonEmptyString(o[key])) report(`${where}"${key}" must be a non-empty string when present`);
}

function requireEnum(o: Obj, key: string, set: object, report: Report): void {
  if (!(key in o)) report(`missing "${key}"`);
  else if (!has(set, o[key])) report(`"${key}" is ${JSON.stringify(o[key])}, not one of ${Object.keys(set).join(', ')}`);
}

function stringList(x: unknown, key: string, report: Report, where = '', minItems = 0): void {
  if (!Array.isArray(x)) return report(`${where}"${key}" must be an array`);
  if (x.length < minItems) report(`${where}"${key}" must not be empty`);
  x.forEach((item, i) => {
    if (!nonEmptyString(item)) report(`${where}"${key}[${i}]" must be a non-empty string`);
  });
  const dupes = x.filter((item, i) => x.indexOf(item) !== i);
  if (dupes.length > 0) report(`${where}"${key}" repeats ${JSON.stringify(dupes)}`);
}

function checkSpec(x: unknown, report: Report, where: string): void {
  if (!isObject(x)) return report(`${where}"spec" must be an object with title and url`);
  unknownKeys(x, ['title', 'url'], `${where}spec: `, report);
  requireString(x, 'title', report, `${where}spec: `);
  requireString(x, 'url', report, `${where}spec: `);
  if (typeof x.url === 'string' && x.url.trim() !== '') {
    let ok = false;
    try {
      ok = new URL(x.url).protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) report(`${where}spec.url must be an https URL, got ${JSON.stringify(x.url)}`);
  }
}

function checkVariants(x: unknown, report: Report): void {
  if (!Array.isArray(x)) return report('"variants" must be an array');
  if (x.length === 0) report('"variants" must not be empty when present');
  const seen = new Set<string>();
  x.forEach((v, i) => {
    const where = `variants[${i}]: `;
    if (!isObject(v)) return report(`${where}must be an object`);
    unknownKeys(v, VARIANT_KEYS, where, report);
    requireString(v, 'id', report, where);
    requireString(v, 'vendor', report, where);
    requireString(v, 'phrase', report, where);
    if (typeof v.id === 'string') {
      if (seen.has(v.id)) report(`${where}duplicate variant id "${v.id}"`);
      seen.add(v.id);
    }
    if ('match' in v) {
      if (!isObject(v.match)) report(`${where}"match" must be an object of header -> regex`);
      else
        for (const [header, pattern] of Object.entries(v.match)) {
          if (!nonEmptyString(pattern)) {
            report(`${where}match["${header}"] must be a non-empty string`);
            continue;
          }
          try {
            new RegExp(pattern, 'i');
          } catch {
            report(`${where}match["${header}"] is not a valid regular expression`);
          }
        }
    }
    if ('spec' in v) checkSpec(v.spec, report, where);
  });
}

/** Problems in a data/status/<code>.json file; empty when it is a valid StatusFacts. */
export function validateStatusFacts(x: unknown, file: string): string[] {
  const out: string[] = [];
  const report = reporter(file, out);
  if (!isObject(x)) return [`${file}: not a JSON object`];
  unknownKeys(x, STATUS_FACT_KEYS, '', report);

  if (!('code' in x)) report('missing "code"');
  else if (typeof x.code !== 'number' || !Number.isInteger(x.code)) report('"code" must be an integer');
  // 0 (no status) and a vendor's own number past 599 (LinkedIn's 999) are the only codes outside 100-599.
  else if (x.code !== 0 && (x.code < 100 || x.code > 999 || (x.code > 599 && x.registry !== 'vendor')))
    report(`"code" ${x.code} is outside 100-599 (exceptions: 0 for no status, 600-999 for a vendor's own code)`);

  requireString(x, 'phrase', report);
  if ('aliases' in x) stringList(x.aliases, 'aliases', report, '', 1);
  requireEnum(x, 'class', CLASSES, report);
  requireEnum(x, 'registry', REGISTRIES, report);
  requireEnum(x, 'fault', FAULTS, report);
  requireEnum(x, 'retry', RETRIES, report);
  optionalString(x, 'vendor', report);
  if (x.registry === 'vendor' && !('vendor' in x)) report('registry "vendor" needs a "vendor" name');

  if (typeof x.code === 'number' && has(CLASSES, x.class)) {
    const expected = CLASS_BY_DIGIT[String(x.code).charAt(0)];
    if (expected !== undefined && expected !== x.class)
      report(`class "${String(x.class)}" does not match code ${x.code} (expected "${expected}")`);
  }

  if (!('headers' in x)) report('missing "headers"');
  else stringList(x.headers, 'headers', report);

  if (!('related' in x)) report('missing "related"');
  else if (!Array.isArray(x.related)) report('"related" must be an array');
  else {
    const related: unknown[] = x.related;
    related.forEach((r, i) => {
      if (typeof r !== 'number' || !Number.isInteger(r)) report(`"related[${i}]" must be an integer status code`);
      else if (r === x.code) report(`"related" lists the entry's own code ${r}`);
      else if (related.indexOf(r) !== i) report(`"related" repeats ${r}`);
    });
  }

  if (!('spec' in x)) report('missing "spec"');
  else checkSpec(x.spec, report, '');

  if ('variants' in x) checkVariants(x.variants, report);
  if ('heuristicallyCacheable' in x && x.heuristicallyCacheable !== true)
    report('"heuristicallyCacheable" must be true when present (leave it out otherwise)');
  if ('asOf' in x) checkDate(x.asOf, 'asOf', report);
  return out;
}

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
function checkDate(x: unknown, key: string, report: Report): void {
  const m = typeof x === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(x) : null;
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1)
    report(`"${key}" must be a date written YYYY-MM-DD, got ${JSON.stringify(x)}`);
}

function checkTextFields(x: Obj, report: Report, where: string, partial: boolean): void {
  for (const key of ['summary', 'meaning', 'whenSeen']) {
    if (partial) optionalString(x, key, report, where);
    else requireString(x, key, report, where);
  }
  if (typeof x.summary === 'string' && /[\r\n]/.test(x.summary)) report(`${where}"summary" must be one line`);
  for (const key of ['fixVisitor', 'fixOwner']) {
    if (!(key in x)) {
      if (!partial) report(`${where}missing "${key}"`);
    } else stringList(x[key], key, report, where, 1);
  }
  optionalString(x, 'example', report, where);
  optionalString(x, 'browsers', report, where);
}

/**
 * Problems in a data/text/<lang>/status/<code>.json file. Pass the entry's facts to also
 * check that every key of `variants` names one of the facts' variant ids.
 */
export function validateStatusText(x: unknown, file: string, facts?: StatusFacts): string[] {
  const out: string[] = [];
  const report = reporter(file, out);
  if (!isObject(x)) return [`${file}: not a JSON object`];
  unknownKeys(x, [...TEXT_KEYS, 'variants'], '', report);
  checkTextFields(x, report, '', false);

  if ('variants' in x) {
    if (!isObject(x.variants)) report('"variants" must be an object keyed by variant id');
    else {
      const ids = new Set((facts?.variants ?? []).map((v) => v.id));
      for (const [id, v] of Object.entries(x.variants)) {
        const where = `variants.${id}: `;
        if (facts !== undefined && !ids.has(id)) report(`${where}no variant with this id in the facts`);
        if (!isObject(v)) {
          report(`${where}must be an object`);
          continue;
        }
        unknownKeys(v, TEXT_KEYS, where, report);
        checkTextFields(v, report, where, true);
      }
    }
  }
  return out;
}

/** Problems in a data/errors/<ID>.json file; empty when it is a valid ErrorFacts. */
export function validateErrorFacts(x: unknown, file: string): string[] {
  const out: string[] = [];
  const report = reporter(file, out);
  if (!isObject(x)) return [`${file}: not a JSON object`];
  unknownKeys(x, ERROR_FACT_KEYS, '', report);
  requireString(x, 'id', report);
  if (typeof x.id === 'string' && /\s|^net::/.test(x.id)) report('"id" must have no spaces and no "net::" prefix');
  // An empty list is allowed: a catch-all entry (UNKNOWN) is chosen by fallback, not by name.
  if (!('names' in x)) report('missing "names"');
  else stringList(x.names, 'names', report);
  requireEnum(x, 'category', CATEGORIES, report);
  requireEnum(x, 'fault', FAULTS, report);
  requireEnum(x, 'retry', RETRIES, report);
  if ('harmless' in x && typeof x.harmless !== 'boolean') report('"harmless" must be a boolean');
  if (!('related' in x)) report('missing "related"');
  else {
    stringList(x.related, 'related', report);
    if (Array.isArray(x.related) && x.related.includes(x.id)) report('"related" lists the entry\'s own id');
  }
  if ('spec' in x) checkSpec(x.spec, report, '');
  return out;
}

/** Problems in a data/text/<lang>/errors/<ID>.json file; empty when it is a valid ErrorText. */
export function validateErrorText(x: unknown, file: string): string[] {
  const out: string[] = [];
  const report = reporter(file, out);
  if (!isObject(x)) return [`${file}: not a JSON object`];
  unknownKeys(x, ERROR_TEXT_KEYS, '', report);
  checkTextFields(x, report, '', false);
  return out;
}
