// Reads the body fixtures for the unit tests: real captures (test/fixtures/bodies/real, with
// index.json) and bodies written from vendors' documented formats (test/fixtures/bodies/documented).
import { readFileSync } from 'node:fs';

const root = new URL('../../test/fixtures/bodies/', import.meta.url);

export interface RealBody {
  file: string;
  product: string;
  packages: Record<string, string>;
  status: number;
  contentType: string;
  made: string;
}

export const realIndex = (): RealBody[] => JSON.parse(readFileSync(new URL('real/index.json', root), 'utf8')).files;
export const realBody = (file: string): string => readFileSync(new URL(`real/${file}`, root), 'utf8');
export const documented = (file: string): string => readFileSync(new URL(`documented/${file}`, root), 'utf8');
