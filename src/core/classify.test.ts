import { describe, expect, it } from 'vitest';
import { classOf, filterGroupOf, isRecordable, severityOf } from './classify';

describe('classOf', () => {
  it('classifies by the first digit', () => {
    expect(classOf(101)).toBe('info');
    expect(classOf(202)).toBe('success');
    expect(classOf(304)).toBe('redirect');
    expect(classOf(404)).toBe('client');
    expect(classOf(520)).toBe('server');
  });
  it('treats no status as a network failure', () => {
    expect(classOf(0, 'net::ERR_CONNECTION_REFUSED')).toBe('network');
    expect(classOf(0)).toBe('network');
  });
  it('keeps the status class when a failure follows a status', () => {
    expect(classOf(404, 'net::ERR_ABORTED')).toBe('client');
  });
  it('calls out-of-range codes invalid', () => {
    expect(classOf(99)).toBe('invalid');
    expect(classOf(600)).toBe('invalid');
    expect(classOf(999)).toBe('invalid');
    expect(classOf(-1)).toBe('invalid');
  });
});

describe('severity and grouping', () => {
  it('orders network/5xx above 4xx above 3xx', () => {
    expect(severityOf(0, 'x')).toBe(severityOf(500));
    expect(severityOf(500)).toBeGreaterThan(severityOf(404));
    expect(severityOf(404)).toBeGreaterThan(severityOf(301));
    expect(severityOf(301)).toBeGreaterThan(severityOf(200));
  });
  it('records everything but 2xx', () => {
    expect(isRecordable(200)).toBe(false);
    expect(isRecordable(299)).toBe(false);
    expect(isRecordable(202)).toBe(false);
    expect(isRecordable(101)).toBe(true);
    expect(isRecordable(304)).toBe(true);
    expect(isRecordable(0)).toBe(true);
  });
  it('maps to filter chips', () => {
    expect(filterGroupOf(302)).toBe('3xx');
    expect(filterGroupOf(429)).toBe('4xx');
    expect(filterGroupOf(503)).toBe('5xx');
    expect(filterGroupOf(0, 'NS_ERROR_UNKNOWN_HOST')).toBe('network');
    expect(filterGroupOf(101)).toBe('other');
  });
});
