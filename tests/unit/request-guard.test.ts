import { describe, expect, it } from 'vitest';
import { guardRequest } from '@/lib/request-guard';

describe('guardRequest', () => {
  it('refuses a malformed percent-encoding', () => {
    expect(guardRequest('GET', '/roles/%E0%A4%A', '')).toEqual({ action: 'bad-request' });
  });

  it('sends upper-case slugs to the lower-case page, keeping the query', () => {
    expect(guardRequest('GET', '/en/roles/SALES-MANAGER', '?x=1')).toEqual({ action: 'redirect', location: '/en/roles/sales-manager?x=1' });
  });

  it('leaves percent-escapes alone', () => {
    expect(guardRequest('GET', '/roles/..%2F..%2Fetc%2Fpasswd', '')).toEqual({ action: 'continue' });
  });

  it('answers OPTIONS itself and lets ordinary requests through', () => {
    expect(guardRequest('OPTIONS', '/roles/hr-manager', '')).toEqual({ action: 'options' });
    expect(guardRequest('GET', '/roles/hr-manager', '')).toEqual({ action: 'continue' });
    expect(guardRequest('GET', '/search', '?q=%3Cscript%3E')).toEqual({ action: 'continue' });
  });
});
