import { describe, expect, it } from 'vitest';
import { validateHostRequest, hostRequestSchemas } from './api-validation';
import { HOST_CALL_NAMES } from './api';
import { createBlankDocument } from './model/new-document';

describe('host request validation', () => {
  it('has a schema for exactly the calls the contract lists', () => {
    expect(Object.keys(hostRequestSchemas).sort()).toEqual([...HOST_CALL_NAMES].sort());
  });

  it('accepts a well-formed save request', () => {
    const result = validateHostRequest('saveDocument', { path: '/home/aliya/релиз.pressroom', documentText: JSON.stringify(createBlankDocument('kk')), stamp: null });
    expect(result.ok).toBe(true);
  });

  it('rejects unknown calls, including names from Object.prototype', () => {
    expect(validateHostRequest('runShell', {}).ok).toBe(false);
    expect(validateHostRequest('constructor', {}).ok).toBe(false);
    expect(validateHostRequest('__proto__', {}).ok).toBe(false);
  });

  it('rejects wrong argument shapes', () => {
    expect(validateHostRequest('openDocument', { path: 42 }).ok).toBe(false);
    expect(validateHostRequest('openDocument', { path: '/tmp/a\0b' }).ok).toBe(false);
    expect(validateHostRequest('openDocument', { path: '/tmp/a', extra: true }).ok).toBe(false);
    expect(validateHostRequest('saveDocument', { path: null, document: createBlankDocument('kk'), stamp: null }).ok).toBe(false);
    expect(validateHostRequest('saveDocument', { path: null, documentText: { format: 'pressroom' }, stamp: null }).ok).toBe(false);
    expect(validateHostRequest('saveDraft', { draftId: 'd1', path: null, name: 'a', documentText: 'x'.repeat(50 * 1024 * 1024 + 1) }).ok).toBe(false);
    expect(validateHostRequest('exportDocument', { format: 'odt', suggestedName: 'a', bytes: new Uint8Array() }).ok).toBe(false);
    expect(validateHostRequest('exportDocument', { format: 'html', suggestedName: 'a', bytes: 'not bytes' }).ok).toBe(false);
    expect(validateHostRequest('discardDraft', { draftId: '../../etc/passwd' }).ok).toBe(false);
    expect(validateHostRequest('listDrafts', undefined).ok).toBe(false);
  });
});
