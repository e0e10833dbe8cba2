import { expect, it } from 'vitest';
import { resolveLang } from './lang';

it('follows the option, then the browser, then English', () => {
  expect(resolveLang('vi', 'fr-FR')).toBe('vi');
  expect(resolveLang('auto', 'fr-CA')).toBe('fr');
  expect(resolveLang('auto', 'id')).toBe('id');
  expect(resolveLang('auto', 'in-ID')).toBe('id');
  expect(resolveLang('auto', 'vi_VN')).toBe('vi');
  expect(resolveLang('auto', 'de-DE')).toBe('en');
  expect(resolveLang('auto', undefined)).toBe('en');
});
