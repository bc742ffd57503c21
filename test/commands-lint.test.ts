import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint wall of item 6: no window CustomEvent bus in the renderer (commands go through renderer/commands). */
describe('lint: no window event bus in the renderer', () => {
  const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
  const rulesBroken = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath }))[0]?.messages.map((message) => message.ruleId) ?? [];

  it('refuses new CustomEvent and dispatchEvent in renderer/', async () => {
    const code = "window.dispatchEvent(new CustomEvent('pressroom:template-dialog', { detail: 'insert-section' }));\n";
    expect(await rulesBroken(code, 'renderer/templates/template-features.tsx')).toEqual(['no-restricted-syntax', 'no-restricted-syntax']);
  });

  it('allows a command run through the dispatcher', async () => {
    const code = "import { runCommand } from '../commands';\nrunCommand('insert-section');\n";
    expect(await rulesBroken(code, 'renderer/editor/toolbar.tsx')).toEqual([]);
  });
});
