import { expect, it } from 'vitest';
import { directHit, searchFacts } from './search';
import type { ErrorFacts, StatusFacts } from './types';

it('answers codes and error names directly', () => {
  expect(directHit(' 404 ')).toEqual({ kind: 'code', code: 404 });
  expect(directHit('403.14')).toEqual({ kind: 'code', code: 403 });
  expect(directHit('net::ERR_CONNECTION_REFUSED')).toEqual({ kind: 'error', name: 'net::ERR_CONNECTION_REFUSED' });
  expect(directHit('NS_ERROR_UNKNOWN_HOST')).toEqual({ kind: 'error', name: 'NS_ERROR_UNKNOWN_HOST' });
  expect(directHit('bad gateway')).toBeUndefined();
  expect(directHit('  ')).toBeUndefined();
});

it('finds phrases, aliases and error words', () => {
  const status = [
    { code: 502, phrase: 'Bad Gateway' },
    { code: 418, phrase: '(Unused)', aliases: ["I'm a teapot"] },
    { code: 413, phrase: 'Content Too Large', aliases: ['Payload Too Large'] },
  ] as StatusFacts[];
  const errors = [{ id: 'ERR_CONNECTION_REFUSED', names: ['net::ERR_CONNECTION_REFUSED'] }] as ErrorFacts[];
  expect(searchFacts('gateway', status, errors)).toEqual([{ kind: 'code', code: 502, phrase: 'Bad Gateway' }]);
  expect(searchFacts('teapot', status, errors)).toEqual([{ kind: 'code', code: 418, phrase: "I'm a teapot" }]);
  expect(searchFacts('payload', status, errors)[0]).toMatchObject({ code: 413 });
  expect(searchFacts('connection refused', status, errors)).toEqual([{ kind: 'error', name: 'net::ERR_CONNECTION_REFUSED' }]);
  expect(searchFacts('', status, errors)).toEqual([]);
});
