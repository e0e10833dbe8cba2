// Every body and timing hint is a real sentence in en, fr, id and vi, and the values from the
// body come out unchanged.
import { describe, expect, it } from 'vitest';
import type { BodyHint, BodyHintId } from './body-hints';
import type { HintParams } from './types';
import { bodyText as en, words as enWords } from './body-text.en';
import { bodyText as fr, words as frWords } from './body-text.fr';
import { bodyText as id, words as idWords } from './body-text.id';
import { bodyText as vi, words as viWords } from './body-text.vi';

const SAMPLES: Record<BodyHintId, HintParams[]> = {
  'body-message': [{ format: 'problem-json', summary: 'title: Zq-out-of-credit', count: 0 }],
  'body-graphql-200': [{ count: 2, status: 200, summary: 'message: Zq-not-authorised' }],
  'body-producer-only': [{ name: 'Varnish', evidence: 'Zq-Backend fetch failed', xid: '77' }],
  'body-producer-agrees': [{ name: 'nginx', version: '1.22.1', evidence: 'Zq-center' }],
  'body-producer-disagrees': [{ name: 'HAProxy', header: 'nginx', evidence: 'Zq-no-server', rayId: '8a1b2c3d4e5f6789' }],
  'body-debug-public': [{ kind: 'django', evidence: 'Zq-DEBUG' }],
  'body-none': [{ reason: 'opaque' }, { reason: 'before-devtools' }, { reason: 'too-large' }, { reason: 'empty' }, { reason: 'unavailable' }],
  timing: [{ totalMs: 2013, waitMs: 2004 }, { totalMs: 60_100 }],
  'timing-timeout': [
    { seconds: 2, timeouts: 'nginx-proxy-read', defaults: '60', isDefault: false, named: true, status: 504 },
    { seconds: 60, timeouts: 'nginx-proxy-read,aws-alb-idle', defaults: '60,60', isDefault: true, named: false, status: 504 },
    { seconds: 50, timeouts: 'haproxy-server', defaults: '50', isDefault: true, named: true, status: 504 },
    { seconds: 7, timeouts: '', defaults: '', isDefault: false, named: false, status: 502 },
  ],
};

const LANGS = { en, fr, id, vi };

describe('body hint words in four languages', () => {
  for (const [hintId, samples] of Object.entries(SAMPLES) as [BodyHintId, HintParams[]][]) {
    it(hintId, () => {
      for (const params of samples) {
        const h: BodyHint = { id: hintId, severity: 'info', params };
        const out = Object.fromEntries(Object.entries(LANGS).map(([lang, m]) => [lang, m.formatBodyHint(h)]));
        for (const [lang, sentence] of Object.entries(out)) {
          expect(sentence, lang).not.toMatch(/undefined|NaN|\[object/);
          expect(sentence.length, lang).toBeGreaterThan(12);
          for (const v of Object.values(params)) if (typeof v === 'string' && v.startsWith('Zq-')) expect(sentence, lang).toContain(v);
        }
        // Translated, not copied: each language differs from English.
        for (const lang of ['fr', 'id', 'vi']) expect(out[lang], lang).not.toBe(out.en);
      }
    });
  }

  it('every word table has the same keys as English', () => {
    for (const w of [frWords, idWords, viWords]) {
      for (const k of ['formats', 'debugKinds', 'timeouts', 'noBody', 'detailLabels', 'hints'] as const) {
        expect(Object.keys(w[k]).sort()).toEqual(Object.keys(enWords[k]).sort());
      }
    }
  });
});
