import { describe, expect, it } from 'vitest';
import { createReleaseEditor } from '../../core/editing/create-release-editor';
import type { ExportOptions } from '../../core/formats/index';
import { createBlankDocument } from '../../core/model/new-document';
import type { PressroomDocument } from '../../core/model/types';
import { createDocumentSession } from './document-session';
import type { Publishing } from './ports';
import { FakeHost, FakeTime, FakeUser } from './testing/fake-host';

/** Export and the pre-publication checklist (issue 11 item 4): exporting with errors asks first and says what is wrong. */

function setUp(organisation?: object) {
  const host = new FakeHost();
  const user = new FakeUser();
  const exported: { format: string; document: PressroomDocument; options?: ExportOptions }[] = [];
  const publishing: Publishing = {
    exportToFile: async (_api, document, format, options) => {
      exported.push({ format, document, ...(options ? { options } : {}) });
      return { status: 'exported', paths: [`/out/release.${format}`] };
    },
    exportAllToFolder: async (_api, document, _again, options) => {
      exported.push({ format: 'all', document, ...(options ? { options } : {}) });
      return { status: 'exported', paths: ['/out/release.md'] };
    },
  };
  let reviews = 0;
  const session = createDocumentSession({
    host: host.api,
    ask: user.ask,
    compare: user.compare,
    createEditor: (language) => createReleaseEditor({ language }),
    blankRelease: () => createBlankDocument('ru'),
    untitled: () => 'Без названия',
    settings: { ...host.settings, ...(organisation ? { organisation: organisation as never } : {}) },
    scheduling: new FakeTime(),
    loadPublishing: async () => publishing,
    reviewChecklist: () => (reviews += 1),
  });
  session.start();
  return { session, user, exported, host, reviews: () => reviews };
}

describe('export and the pre-publication checklist', () => {
  it('a release with errors: the user is asked, told how many and the first; Cancel exports nothing', async () => {
    const { session, user, exported } = setUp();
    user.answers.push('cancel');
    await session.exportAs('docx');
    expect(user.questions).toHaveLength(1);
    expect(user.questions[0]).toMatchObject({ kind: 'export-with-errors', errors: 3, first: { rule: 'headline-missing', severity: 'error', path: [0] } });
    expect(exported).toEqual([]);
  });

  it('“Open the checklist” opens the panel instead of exporting; “Export anyway” exports', async () => {
    const { session, user, exported, reviews } = setUp();
    user.answers.push('review');
    await session.exportAs('all');
    expect(reviews()).toBe(1);
    expect(exported).toEqual([]);
    user.answers.push('export');
    await session.exportAs('markdown');
    expect(exported.map((entry) => entry.format)).toEqual(['markdown']);
  });

  it('exports in the organisation’s house style', async () => {
    const { session, user, exported } = setUp({ checklist: {}, houseStyle: { paragraphs: 'first-line-indent' } });
    user.answers.push('export');
    await session.exportAs('docx');
    expect(exported[0]?.options).toMatchObject({ houseStyle: { paragraphs: 'first-line-indent' }, paper: 'a4', datelines: { ru: { style: 'standard', agency: '' } } });
  });

  it('exports on the organisation’s paper with its datelines, and prints on the same paper', async () => {
    const datelines = { ru: { style: 'wire', agency: 'Казинформ' }, kk: { style: 'standard', agency: '' }, en: { style: 'standard', agency: '' } };
    const { session, user, exported, host } = setUp({ checklist: {}, datelines, paper: 'letter' });
    user.answers.push('export');
    await session.exportAs('pdf');
    expect(exported[0]?.options).toMatchObject({ paper: 'letter', datelines });
    await session.print();
    expect(host.callsOf('printDocument')[0]).toMatchObject({ paper: 'letter', datelines });
  });

  it('prints with the house dash when it is not the language’s own (the quotes’ dashes)', async () => {
    const { session, host } = setUp({ checklist: {}, houseStyle: { paragraphs: 'space-after', dash: 'em' } });
    await session.print();
    expect(host.callsOf('printDocument')[0]).toMatchObject({ dash: 'em' });
    const plain = setUp({ checklist: {} });
    await plain.session.print();
    expect(plain.host.callsOf('printDocument')[0]).not.toHaveProperty('dash');
  });
});
