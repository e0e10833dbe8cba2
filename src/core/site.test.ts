import { describe, expect, it } from 'vitest';
import { isThirdParty, siteOfHost } from './site';

describe('siteOfHost', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['a.b.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['cdn.example.de', 'example.de'],
    ['alice.github.io', 'alice.github.io'],
    ['x.y.bob.github.io', 'bob.github.io'],
    ['my-app.vercel.app', 'my-app.vercel.app'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    ['localhost', 'localhost'],
    ['WWW.Example.COM.', 'example.com'],
  ])('%s → %s', (host, site) => expect(siteOfHost(host)).toBe(site));
});

describe('isThirdParty', () => {
  it('compares registrable domains, not hosts or ports', () => {
    expect(isThirdParty('https://cdn.example.com/app.js', 'https://www.example.com/')).toBe(false);
    expect(isThirdParty('http://127.0.0.1:9/x', 'http://127.0.0.1:8080/')).toBe(false);
    expect(isThirdParty('https://www.google-analytics.com/g/collect', 'https://www.example.com/')).toBe(true);
    expect(isThirdParty('https://alice.github.io/x', 'https://bob.github.io/')).toBe(true);
  });
  it('calls nothing third-party while the page is unknown', () => {
    expect(isThirdParty('https://a.example/', '')).toBe(false);
  });
});
