import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWLIST_PATH, CANARY_CHECK, CANARY_FILE, findingsFromCsv, gate, isTornReport, parseCsv, withoutCanary, type AllowlistEntry, type Finding } from '../../scripts/electronegativity-gate.mjs';

/** The gate over a real electronegativity 1.10.3 report of electron/ (fixtures/electronegativity-report.csv). */
const report = readFileSync(join(import.meta.dirname, 'fixtures/electronegativity-report.csv'), 'utf8');
const allowlist = (JSON.parse(readFileSync(ALLOWLIST_PATH, 'utf8')) as { findings: AllowlistEntry[] }).findings;
const findings = findingsFromCsv(report);

describe('the electronegativity gate', () => {
  it('reads electronegativity’s CSV, code samples with commas and quotes included', () => {
    expect(findings.length).toBeGreaterThan(0);
    const openExternal = findings.find((finding) => finding.id === 'OPEN_EXTERNAL_JS_CHECK' && finding.file === 'electron/main.ts');
    expect(openExternal).toMatchObject({ severity: 'MEDIUM', confidence: 'TENTATIVE' });
    expect(parseCsv('a,"b, ""c""",d\n1,2,3\n')).toEqual([
      ['a', 'b, "c"', 'd'],
      ['1', '2', '3'],
    ]);
  });

  it('tells a report torn by electronegativity’s racing writes from a whole one, so the scan is run again', () => {
    // A real torn report (1 scan in about 8 here): the header written over the start of the first row.
    const torn = readFileSync(join(import.meta.dirname, 'fixtures/electronegativity-report-torn.csv'), 'utf8');
    expect(isTornReport(torn)).toBe(true);
    expect(() => withoutCanary(findingsFromCsv(torn))).toThrow(/canary/);
    expect(isTornReport(report)).toBe(false);
    expect(isTornReport('')).toBe(true);
    const [header, ...rows] = report.split('\n');
    expect(isTornReport([...rows, header].join('\n'))).toBe(true);
  });

  it('explains every high and medium finding of the current code', () => {
    const result = gate(findings, allowlist);
    expect(result.unexplained).toEqual([]);
    expect(result.explained.length).toBe(result.gated.length);
  });

  it('every allow-list entry says why, naming the code or test that covers it', () => {
    for (const entry of allowlist) {
      expect(entry.reason.length, entry.id).toBeGreaterThan(60);
      expect(entry.reason, entry.id).toMatch(/electron\/|test\/security|safeUrl|mainWindowOptions/);
    }
  });

  const newFinding = (overrides: Partial<Finding>): Finding => ({
    id: 'NODE_INTEGRATION_JS_CHECK',
    severity: 'HIGH',
    confidence: 'FIRM',
    file: 'electron/main.ts',
    location: '10:2',
    sample: 'new BrowserWindow({ webPreferences: { nodeIntegration: true } })',
    description: 'Disable nodeIntegration for untrusted origins',
    ...overrides,
  });

  it('fails on a new high or medium finding', () => {
    expect(gate([...findings, newFinding({})], allowlist).unexplained).toHaveLength(1);
    expect(gate([...findings, newFinding({ severity: 'MEDIUM', id: 'PRELOAD_JS_CHECK' })], allowlist).unexplained).toHaveLength(1);
  });

  it('fails when explained code changes: the same check on other code, or in another file', () => {
    const changed = newFinding({ id: 'OPEN_EXTERNAL_JS_CHECK', severity: 'MEDIUM', sample: 'shell.openExternal(request.url)' });
    expect(gate([changed], allowlist).unexplained).toEqual([changed]);
    const moved = newFinding({ id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/about-window.ts', sample: 'new BrowserWindow(mainWindowOptions(x))' });
    expect(gate([moved], allowlist).unexplained).toEqual([moved]);
  });

  it('fails when the renderer loses its CSP <meta> (electronegativity then reports no CSP at all)', () => {
    const noCsp = newFinding({ id: 'CSP_GLOBAL_CHECK', severity: 'MEDIUM', confidence: 'CERTAIN', file: 'N/A', location: '0:0', sample: 'N/A' });
    expect(gate([noCsp], allowlist).unexplained).toEqual([noCsp]);
  });

  it('does not gate low and informational findings', () => {
    const low = newFinding({ id: 'CSP_GLOBAL_CHECK', severity: 'LOW', file: 'renderer/index.html' });
    const info = newFinding({ severity: 'INFORMATIONAL' });
    const result = gate([low, info], allowlist);
    expect(result.unexplained).toEqual([]);
    expect(result.others).toEqual([low, info]);
  });

  it('fails when the scan did not really run: the canary’s known finding must be in the report, and is then removed', () => {
    expect(() => withoutCanary(findings)).toThrow(/canary/);
    expect(() => withoutCanary([])).toThrow(/did not run properly/);
    const canary = newFinding({ id: CANARY_CHECK, file: CANARY_FILE });
    expect(withoutCanary([...findings, canary, newFinding({ id: 'SANDBOX_JS_CHECK', file: CANARY_FILE })])).toEqual(findings);
  });

  it('refuses an allow-list entry without a real reason', () => {
    expect(() => gate(findings, [{ id: 'SANDBOX_JS_CHECK', file: 'electron/main.ts', reason: 'ok' }])).toThrow(/explanation/);
  });
});
