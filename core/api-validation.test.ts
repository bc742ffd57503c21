import { describe, expect, it } from 'vitest';
import { validateHostRequest, hostRequestSchemas } from './api-validation';
import { HOST_CALL_NAMES } from './api';
import { createBlankDocument } from './model/new-document';
import { organisationSettingsOf } from './checklist/organisation';

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

  it('checks the organisation’s settings the Settings dialog sends, with the bounds settings.json is read with', () => {
    const organisation = organisationSettingsOf({ datelines: { kk: { style: 'wire', agency: 'ҚазАқпарат' } }, paper: 'letter', houseStyle: { dash: 'em' } });
    expect(validateHostRequest('updateSettings', { organisation }).ok).toBe(true);
    expect(validateHostRequest('updateSettings', { interfaceLanguage: 'kk' }).ok).toBe(true);
    const bad = (change: object) => validateHostRequest('updateSettings', { organisation: { ...organisation, ...change } }).ok;
    expect(bad({ checklist: { ...organisation.checklist, totalWords: 0 } })).toBe(false);
    expect(bad({ checklist: { ...organisation.checklist, leadWords: 4.5 } })).toBe(false);
    expect(bad({ paper: 'A3' })).toBe(false);
    expect(bad({ houseStyle: { paragraphs: 'space-after', dash: 'hyphen' } })).toBe(false);
    expect(bad({ datelines: { ...organisation.datelines, ru: { style: 'wire', agency: 'Я'.repeat(61) } } })).toBe(false);
    expect(bad({ datelines: { ...organisation.datelines, de: { style: 'wire', agency: '' } } })).toBe(false);
    expect(bad({ script: 'alert(1)' })).toBe(false);
    expect(validateHostRequest('renderPdf', { documentText: '{}', paper: 'a4', datelines: organisation.datelines }).ok).toBe(true);
    expect(validateHostRequest('renderPdf', { documentText: '{}', paper: 'a4', dash: 'em' }).ok).toBe(true);
    expect(validateHostRequest('printDocument', { documentText: '{}', paper: 'a4', dash: 'language' }).ok).toBe(false);
    expect(validateHostRequest('printDocument', { documentText: '{}', paper: 'a4', datelines: { ru: { style: 'telegraph', agency: '' } } }).ok).toBe(false);
  });
});
