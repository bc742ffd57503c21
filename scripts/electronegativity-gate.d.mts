export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}
export interface AllowlistEntry {
  id: string;
  file: string;
  sample?: string;
  reason: string;
}
export const ALLOWLIST_PATH: string;
export const GATED_SEVERITIES: string[];
export function parseCsv(text: string): string[][];
export function isTornReport(text: string): boolean;
export function findingsFromCsv(text: string): Finding[];
export function gate(
  findings: Finding[],
  allowlist: AllowlistEntry[],
): { gated: Finding[]; explained: { finding: Finding; reason: string }[]; unexplained: Finding[]; unused: AllowlistEntry[]; others: Finding[] };
export const CANARY_FILE: string;
export const CANARY_CHECK: string;
export function withoutCanary(findings: Finding[]): Finding[];
