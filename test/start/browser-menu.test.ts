import { describe, expect, it } from 'vitest';
import type { HostCommand } from '../../core/api';
import { buildMenuTemplate } from '../../electron/menu';
import { shellMenu, typedPath } from '../../e2e/host/browser-app';
import type { ShellMenuItem } from '../../e2e/host/browser-app';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** npm run start:browser draws the native menu as a panel in the page: every command must be reachable there. */
function commands(items: ShellMenuItem[]): { label: string; id: string; enabled: boolean }[] {
  return items.flatMap((item) => (item.kind === 'command' ? [item] : item.kind === 'group' ? commands(item.items) : []));
}

describe('the ☰ panel of start:browser', () => {
  const sent: HostCommand[] = [];
  let quits = 0;
  const template = buildMenuTemplate({ language: 'en', platform: 'linux', isDevelopment: false, recent: ['/docs/A.pressroom'], send: (command) => sent.push(command), clearRecent: () => undefined });
  const menu = shellMenu(template, () => (quits += 1));

  it('offers every command of the native menu, and running one sends what the native menu sends', () => {
    const nativeActions = JSON.stringify(template).match(/"menu:[a-z-]+"/g)?.map((id) => id.slice(6, -1)) ?? [];
    expect(nativeActions.length).toBeGreaterThan(10);
    for (const entry of commands(menu.items)) menu.run.get(entry.id)?.();
    const menuActions = sent.filter((command) => command.type === 'menu').map((command) => (command as { action: string }).action);
    expect(new Set(menuActions)).toEqual(new Set(nativeActions));
    expect(sent).toContainEqual({ type: 'open-file', path: '/docs/A.pressroom' });
    expect(quits).toBe(1);
  });

  it('leaves Chromium’s own roles (undo, copy, zoom) to the browser, shows Edit for Find and Replace, and draws no empty group or doubled line', () => {
    const labels = commands(menu.items).map((entry) => entry.label);
    expect(labels).not.toContain('Copy');
    expect(labels).not.toContain('Zoom In');
    const check = (items: ShellMenuItem[]) => {
      expect(items[0]?.kind).not.toBe('separator');
      expect(items.at(-1)?.kind).not.toBe('separator');
      items.forEach((item, at) => {
        if (item.kind === 'separator') expect(items[at - 1]?.kind).not.toBe('separator');
        if (item.kind === 'group') check(item.items);
      });
    };
    check(menu.items);
    // Edit holds Typography, a command of ours, beside Chromium's roles.
    expect(menu.items.map((item) => (item.kind === 'group' ? item.label : item.kind))).toEqual(['File', 'Edit', 'Insert', 'Help']);
  });

  it('reads typed paths: ~ is home, a relative path starts in the documents folder', () => {
    expect(typedPath('~/x.pressroom', '/docs')).toBe(join(homedir(), 'x.pressroom'));
    expect(typedPath(' Release.pressroom ', '/docs')).toBe('/docs/Release.pressroom');
    expect(typedPath('/tmp/a/../b.md', '/docs')).toBe('/tmp/b.md');
  });
});
