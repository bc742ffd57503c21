/**
 * The process the kill test SIGKILLs: it saves a ~1.5 MB release and its autosave draft, again and again,
 * through the real services (documents.ts and recovery.ts), printing each version as it completes.
 * Bundled by kill.test.ts with Vite, then run with plain `node`.
 *
 * argv: <work folder> <first version> <document bytes>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocumentService } from '../../electron/services/documents';
import { createRecoveryStore } from '../../electron/services/recovery';
import { killDocument } from './kill-document';

const [folder = '', first = '0', size = '1500000'] = process.argv.slice(2);
const paragraphs = JSON.parse(readFileSync(join(folder, 'paragraphs.json'), 'utf8')) as string[];
const userDataDir = join(folder, 'user-data');
const target = join(folder, 'documents', 'Конференция.pressroom');
const none = async () => null;
const documents = createDocumentService({
  userDataDir,
  documentsDir: join(folder, 'documents'),
  dialogs: { chooseFileToOpen: none, chooseFilesToOpen: async () => [], chooseSavePath: none, chooseFolder: none },
  interfaceLanguage: async () => 'ru',
});
const recovery = createRecoveryStore(userDataDir);

async function run(): Promise<void> {
  process.stdout.write('ready\n');
  for (let version = Number(first); ; version += 1) {
    // The release as the renderer sends it (core/model/document-transfer.ts gives this very text).
    const documentText = JSON.stringify(killDocument(paragraphs, version, Number(size)));
    const draft = await recovery.save({ draftId: 'kill-draft', path: target, name: 'Конференция', documentText });
    if (!draft.ok) throw new Error(`draft ${version} failed`);
    process.stdout.write(`draft ${version}\n`);
    const saved = await documents.saveDocument({ path: target, documentText, stamp: null, overwriteChanged: true });
    if (saved.status !== 'saved') throw new Error(`save ${version} failed: ${JSON.stringify(saved)}`);
    process.stdout.write(`saved ${version}\n`);
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
