import { expect, it } from 'vitest';
import { setMessages, t } from './t';

it('fills placeholders and falls back to English', () => {
  expect(t('countSummary', 3, 1)).toBe('3 non-2xx responses, 1 network failures');
  setMessages({ back: 'Retour' });
  expect(t('back')).toBe('Retour');
  expect(t('reload')).toBe('Reload the page');
  setMessages({});
});
