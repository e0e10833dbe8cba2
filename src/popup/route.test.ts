import { expect, it } from 'vitest';
import { routeFromSearch } from './route';

it('reads the contract parameters', () => {
  expect(routeFromSearch('')).toEqual({ view: 'list' });
  expect(routeFromSearch('?tabId=12')).toEqual({ view: 'list', tabId: 12 });
  expect(routeFromSearch('?code=404')).toEqual({ view: 'code', code: '404' });
  expect(routeFromSearch('?compare=202,502')).toEqual({ view: 'compare', a: '202', b: '502' });
  expect(routeFromSearch('?error=net::ERR_CONNECTION_REFUSED')).toEqual({ view: 'error', name: 'net::ERR_CONNECTION_REFUSED' });
});

it('rejects malformed values clearly', () => {
  expect(routeFromSearch('?tabId=abc')).toEqual({ view: 'bad-param', param: 'tabId', value: 'abc' });
  expect(routeFromSearch('?compare=202')).toEqual({ view: 'bad-param', param: 'compare', value: '202' });
  expect(routeFromSearch('?compare=1,2,3').view).toBe('bad-param');
});
