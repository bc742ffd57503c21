import { z } from 'zod';
import { EXPORT_FORMATS, MAX_DOCUMENT_BYTES, PAPER_SIZES } from './api';
import type { HostCallName, HostCalls } from './api';
import type { Same } from './model/block-specs';
import { INTERFACE_LANGUAGES } from './i18n/interface-languages';
import { pressroomDocumentSchema } from './model/schema';
import { RELEASE_LANGUAGES } from './model/types';
import { HOUSE_DASH_CHOICES, LIMIT_MAXIMA, MAX_AGENCY_LENGTH, PARAGRAPH_STYLES } from './checklist/organisation';
import { DATELINE_STYLES } from './typography/dateline';
import { HOUSE_DASHES } from './typography/house-dash';

/** Argument schemas for every host call; the main process rejects a request that does not match. */
const path = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'path contains a NUL byte');
const none = z.strictObject({});
const stamp = z.strictObject({ mtimeMs: z.number(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
/** Every export format (core/api.ts): the list itself, so a new format needs nothing here. */
const exportFormat = z.enum(EXPORT_FORMATS);
/** Bytes as core/api.ts declares them: any Uint8Array (what crosses IPC has an ArrayBuffer behind it). */
const bytes: z.ZodType<Uint8Array> = z.instanceof(Uint8Array);
const fileName = z.string().min(1).max(255);
const templateId = z.string().min(1).max(512);
const draftId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const language = z.enum(RELEASE_LANGUAGES);
/**
 * A release as JSON text (saveDocument, saveDraft). Only its length is checked here, in constant time; the
 * service parses it and validates it with the schema, and refuses it with a FileProblem. Every UTF-16 unit is at
 * least one UTF-8 byte, so a longer text could never be written under the 50 MB limit.
 */
const documentText = z.string().min(1).max(MAX_DOCUMENT_BYTES);
/** The organisation's settings (core/checklist/organisation.ts): the same bounds the settings file is read with. */
const datelineSetting = z.strictObject({ style: z.enum(DATELINE_STYLES), agency: z.string().max(MAX_AGENCY_LENGTH) });
const datelines = z.strictObject({ ru: datelineSetting, kk: datelineSetting, en: datelineSetting });
const limit = (max: number) => z.number().int().min(1).max(max);
const organisation = z.strictObject({
  checklist: z.strictObject({
    headlineMin: limit(LIMIT_MAXIMA.headlineMin),
    headlineMax: limit(LIMIT_MAXIMA.headlineMax),
    leadWords: limit(LIMIT_MAXIMA.leadWords),
    totalWords: limit(LIMIT_MAXIMA.totalWords),
  }),
  houseStyle: z.strictObject({ paragraphs: z.enum(PARAGRAPH_STYLES), dash: z.enum(HOUSE_DASH_CHOICES) }),
  datelines,
  paper: z.enum(PAPER_SIZES),
});

export const hostRequestSchemas = {
  openDocument: z.strictObject({ path: path.optional() }),
  saveDocument: z.strictObject({
    path: path.nullable(),
    documentText,
    stamp: stamp.nullable(),
    saveAs: z.boolean().optional(),
    overwriteChanged: z.boolean().optional(),
    suggestedName: fileName.optional(),
  }),
  checkFileOnDisk: z.strictObject({ path, stamp }),
  exportDocument: z.strictObject({ format: exportFormat, suggestedName: fileName, bytes }),
  exportAll: z.strictObject({
    suggestedName: fileName,
    files: z.array(z.strictObject({ format: exportFormat, bytes })).min(1).max(EXPORT_FORMATS.length),
    folder: path.optional(),
    overwrite: z.boolean().optional(),
  }),
  listRecent: none,
  getSettings: none,
  updateSettings: z.strictObject({ interfaceLanguage: z.enum([...INTERFACE_LANGUAGES, 'system']).optional(), organisation: organisation.optional() }),
  setDocumentState: z.strictObject({ name: z.string().max(255), path: path.nullable(), dirty: z.boolean() }),
  closeWindow: none,
  openExternal: z.strictObject({ url: z.string().max(8192) }),
  listTemplates: none,
  saveTemplate: z.strictObject({ name: z.string().min(1).max(200), description: z.string().max(2000), language, document: pressroomDocumentSchema }),
  renameTemplate: z.strictObject({ id: templateId, name: z.string().min(1).max(200) }),
  duplicateTemplate: z.strictObject({ id: templateId }),
  deleteTemplate: z.strictObject({ id: templateId }),
  importTemplates: none,
  exportTemplate: z.strictObject({ id: templateId }),
  setTeamTemplateFolder: z.strictObject({ remove: z.boolean().optional() }),
  saveDraft: z.strictObject({ draftId, path: path.nullable(), name: z.string().max(255), documentText }),
  discardDraft: z.strictObject({ draftId }),
  listDrafts: none,
  renderPdf: z.strictObject({ documentText, paper: z.enum(PAPER_SIZES), datelines: datelines.optional(), dash: z.enum(HOUSE_DASHES).optional() }),
  printDocument: z.strictObject({ documentText, paper: z.enum(PAPER_SIZES), datelines: datelines.optional(), dash: z.enum(HOUSE_DASHES).optional() }),
  keepDiscardedDraft: z.strictObject({ draftId, path: path.nullable(), name: z.string().max(255), documentText }),
  listDiscardedDrafts: none,
  openDiscardedDraft: z.strictObject({ id: draftId }),
  readUserDictionary: none,
  addToUserDictionary: z.strictObject({ word: z.string().min(1).max(64) }),
} satisfies Record<HostCallName, z.ZodType>;

/**
 * The calls whose schema accepts something other than the request core/api.ts declares (a field missing, extra,
 * optional on one side only, of another type). Must be none: a request type changed without its schema fails the
 * type check here, naming the call, instead of every such call being refused at run time.
 */
type MismatchedRequests = { [K in HostCallName]: Same<z.infer<(typeof hostRequestSchemas)[K]>, HostCalls[K]['request']> extends true ? never : K }[HostCallName];
type NoneOf<T extends never> = T;
export type EveryRequestMatchesItsSchema = NoneOf<MismatchedRequests>;

export type ValidatedRequest =
  | { ok: true; request: unknown }
  | { ok: false; error: string };

/** Validates a call's argument; the main process and the test host both use it. */
export function validateHostRequest(name: string, request: unknown): ValidatedRequest {
  if (!Object.hasOwn(hostRequestSchemas, name)) return { ok: false, error: `unknown call ${name}` };
  const result = hostRequestSchemas[name as HostCallName].safeParse(request);
  if (!result.success) return { ok: false, error: `bad arguments for ${name}: ${result.error.issues[0]?.message ?? ''}` };
  return { ok: true, request: result.data };
}
