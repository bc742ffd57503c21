import { describe, expect, it } from 'vitest';
import type { HostCalls, PressroomApi } from '../../core/api';
import { kazakhRelease } from '../../test/fixtures/kazakh-release';
import { exportAllToFolder, exportToFile } from './export-release';

/** File ▸ Export ▸ PDF and Export all in the renderer: the host makes the PDF, the bytes go the way of every export. */
function fakeApi(pdf: HostCalls['renderPdf']['reply']) {
  const calls: { name: string; request: unknown }[] = [];
  const api: Pick<PressroomApi, 'renderPdf' | 'exportDocument' | 'exportAll'> = {
    renderPdf: async (request) => {
      calls.push({ name: 'renderPdf', request });
      return pdf;
    },
    exportDocument: async (request) => {
      calls.push({ name: 'exportDocument', request });
      return { status: 'exported', paths: ['/out/release.pdf'] };
    },
    exportAll: async (request) => {
      calls.push({ name: 'exportAll', request });
      return { status: 'exported', paths: [] };
    },
  };
  return { api, calls };
}

const PDF = new TextEncoder().encode('%PDF-1.7 …');

describe('PDF export in the renderer', () => {
  it('asks the host for the PDF of the release (as JSON text, A4), then hands its bytes to the save dialog', async () => {
    const { api, calls } = fakeApi({ status: 'rendered', bytes: PDF });
    expect(await exportToFile(api, kazakhRelease(), 'pdf')).toEqual({ status: 'exported', paths: ['/out/release.pdf'] });
    const [render, save] = calls as unknown as [{ request: { documentText: string; paper: string } }, { request: { format: string; bytes: Uint8Array; suggestedName: string } }];
    expect(render.request.paper).toBe('a4');
    expect(JSON.parse(render.request.documentText)).toEqual(kazakhRelease());
    expect(save.request).toMatchObject({ format: 'pdf', bytes: PDF, suggestedName: 'Өскеменде «Ұлттық құндылықтар» жастар форумы өтті' });
  });

  it('passes the house dash to the host’s PDF when the organisation chose one (em: «— Текст, — заявил …»)', async () => {
    const { api, calls } = fakeApi({ status: 'rendered', bytes: PDF });
    await exportToFile(api, kazakhRelease(), 'pdf', { houseStyle: { paragraphs: 'space-after', dash: 'em' } });
    expect(calls[0]?.request).toMatchObject({ dash: 'em' });
    await exportToFile(api, kazakhRelease(), 'pdf', { houseStyle: { paragraphs: 'space-after', dash: 'language' } });
    expect(calls[2]?.request).not.toHaveProperty('dash');
  });

  it('a PDF the host could not make is a failed export with its problem; nothing is saved', async () => {
    const problem = { reason: 'io' as const, detail: 'printToPDF failed' };
    const { api, calls } = fakeApi({ status: 'failed', problem });
    expect(await exportToFile(api, kazakhRelease(), 'pdf', { paper: 'letter' })).toEqual({ status: 'failed', problem });
    expect(calls.map((call) => call.name)).toEqual(['renderPdf']);
    expect((calls[0]?.request as { paper: string }).paper).toBe('letter');
    expect(await exportAllToFolder(api, kazakhRelease())).toEqual({ status: 'failed', problem });
    expect(calls.filter((call) => call.name === 'exportAll')).toEqual([]);
  });

  it('Export all writes the PDF beside Markdown, HTML and Word', async () => {
    const { api, calls } = fakeApi({ status: 'rendered', bytes: PDF });
    await exportAllToFolder(api, kazakhRelease());
    const all = calls.find((call) => call.name === 'exportAll')?.request as { files: { format: string; bytes: Uint8Array }[] };
    expect(all.files.map((file) => file.format)).toEqual(['markdown', 'html', 'docx', 'pdf']);
    expect(all.files.at(-1)?.bytes).toBe(PDF);
  });
});
