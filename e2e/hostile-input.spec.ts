import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from '@playwright/test';
import { expect, test } from './host/fixtures';
import type { TestHost } from './host/fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { canary, editorDomProblems, exportedHtmlProblems, installCanary, pasteHtml, scriptCount } from './hostile-page';
import { ReleaseEditorPage } from './pages/release-editor-page';

/**
 * Hostile input (issue 5, item 6), in Chromium against the built renderer and the real services: HTML pasted
 * into the editor and .html/.md/.docx files opened through the Open dialog carry scripts, event handlers,
 * javascript: and data: links, remote images, SVG with script, CSS that hides text, deeply nested markup,
 * mutation-XSS tricks and very large input. After each: the canary (window.__pwned) is untouched, no alert
 * or dialog appeared, no request left the app (nor reached the app's own origin for a missing asset), no CSP
 * violation happened, the editor's DOM holds only clean blocks, and the exported HTML escapes it all.
 */

const RU = { editor: 'Текст релиза', toolbar: 'Панель инструментов', blockType: 'Тип блока', quote: 'Цитата', dateline: 'Место и дата' };
const PWN = 'window.__pwned=true';

test.use({ openApp: false });

const nativeDialogs = new WeakMap<Page, string[]>();

async function start(page: Page, host: TestHost): Promise<ReleaseEditorPage> {
  host.systemLanguage = 'ru';
  await page.addInitScript(installCanary);
  const seen: string[] = [];
  nativeDialogs.set(page, seen);
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await host.open();
  const editor = new ReleaseEditorPage(page, RU);
  await expect(editor.editor).toBeVisible();
  return editor;
}

/** Every door the hostile content could have used, checked shut. */
async function expectNothingGotIn(page: Page, host: TestHost, scriptsBefore: number): Promise<void> {
  expect(await canary(page), 'canary and CSP').toEqual({ pwned: false, cspViolations: [] });
  expect(nativeDialogs.get(page), 'alert/confirm/prompt dialogs').toEqual([]);
  expect(host.externalRequests, 'requests that left the app').toEqual([]);
  expect(host.missingAssets, 'requests for things that are not the app').toEqual([]);
  expect(await editorDomProblems(page), 'editor DOM').toEqual([]);
  expect(await scriptCount(page), 'script elements in the page').toBe(scriptsBefore);
  expect(host.pageErrors, 'page errors').toEqual([]);
}

async function exportHtml(page: Page, host: TestHost, name: string): Promise<string> {
  const path = host.path(`${name}.html`);
  host.answerNextSave(path);
  await host.sendCommand({ type: 'menu', action: 'export-html' });
  // The pasted text stands in a release without dateline or contact: the checklist asks first (issue 11 item 4).
  await new AppShellPage(page).answer('Экспортировать с ошибками?', 'Всё равно экспортировать');
  await expect.poll(() => existsSync(path), { message: 'the HTML export is written' }).toBe(true);
  return readFile(path, 'utf8');
}

/** Hostile HTML, each with a marker word that must arrive as text (so the paste really happened). */
const PAYLOADS: { name: string; html: string; marker: string }[] = [
  { name: 'script element', marker: 'МАРКЕР-скрипт', html: `<p>МАРКЕР-скрипт әділет</p><script>${PWN}</script><script src="https://evil.example/x.js"></script>` },
  { name: 'img onerror', marker: 'МАРКЕР-картинка', html: `<p>МАРКЕР-картинка<img src=x onerror="${PWN}"></p><img src="x" onload="${PWN}">` },
  { name: 'svg with script and onload', marker: 'МАРКЕР-svg', html: `<p>МАРКЕР-svg</p><svg onload="${PWN}"><script>${PWN}</script><foreignObject><img src=x onerror="${PWN}"></foreignObject></svg>` },
  { name: 'event handlers on ordinary tags', marker: 'МАРКЕР-события', html: `<p onclick="${PWN}" onmouseover="${PWN}">МАРКЕР-события <b onfocus="${PWN}" tabindex=1 autofocus>жирный</b></p><details open ontoggle="${PWN}"><summary>x</summary></details>` },
  { name: 'javascript:, data: and vbscript: links', marker: 'МАРКЕР-ссылки', html: `<p>МАРКЕР-ссылки <a href="javascript:${PWN}">js</a> <a href=" JaVaScRiPt:${PWN}">js2</a> <a href="java&#x09;script:${PWN}">js3</a> <a href="data:text/html,<script>${PWN}</script>">data</a> <a href="vbscript:msgbox(1)">vb</a> <a href="https://www.gov.kz/">gov</a></p>` },
  { name: 'remote images, styles and frames', marker: 'МАРКЕР-внешнее', html: `<p style="background:url(https://evil.example/bg.png)">МАРКЕР-внешнее</p><img src="https://evil.example/x.png"><link rel=stylesheet href="https://evil.example/s.css"><iframe src="https://evil.example/"></iframe><video poster="https://evil.example/p.png"></video><object data="https://evil.example/o"></object><embed src="https://evil.example/e">` },
  { name: 'CSS that hides text', marker: 'МАРКЕР-видно', html: `<p>МАРКЕР-видно</p><p style="display:none">СКРЫТО-1</p><p><span style="visibility:hidden">СКРЫТО-2</span><span style="font-size:0">СКРЫТО-3</span><span style="color:transparent">СКРЫТО-4</span></p><p hidden>СКРЫТО-5</p><style>p{display:none}</style>` },
  { name: 'mXSS: noscript title', marker: 'МАРКЕР-mxss1', html: `<p>МАРКЕР-mxss1</p><noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>` },
  { name: 'mXSS: math mtext table mglyph style', marker: 'МАРКЕР-mxss2', html: `<p>МАРКЕР-mxss2</p><math><mtext><table><mglyph><style><img src=x onerror=${PWN}></style></mglyph></table></mtext></math>` },
  { name: 'mXSS: svg style and form nesting', marker: 'МАРКЕР-mxss3', html: `<p>МАРКЕР-mxss3</p><svg></p><style><a id="</style><img src=1 onerror=${PWN}>"></svg><form><math><mtext></form><form><mglyph><style></math><img src onerror=${PWN}>` },
  { name: 'template, iframe srcdoc and meta refresh', marker: 'МАРКЕР-шаблон', html: `<p>МАРКЕР-шаблон</p><template><img src=x onerror=${PWN}></template><iframe srcdoc="<script>parent.${PWN}</script>"></iframe><meta http-equiv="refresh" content="0;url=javascript:${PWN}">` },
  { name: 'markup as text stays text', marker: 'МАРКЕР-текст', html: `<p>МАРКЕР-текст &lt;script&gt;${PWN}&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>` },
];

for (const payload of PAYLOADS) {
  test(`pasted HTML — ${payload.name}: nothing runs, nothing loads, only clean blocks, exports escaped`, async ({ page, host }) => {
    const editor = await start(page, host);
    const scripts = await scriptCount(page);
    await editor.clickInto(editor.block('lead'));
    await pasteHtml(page, payload.html, `${payload.marker} (plain)`);
    await expect(editor.editor).toContainText(payload.marker);
    await expectNothingGotIn(page, host, scripts);

    // Hidden text is either dropped or shown: never kept hidden.
    for (const hidden of ['СКРЫТО-1', 'СКРЫТО-2', 'СКРЫТО-3', 'СКРЫТО-4', 'СКРЫТО-5']) {
      const found = editor.editor.getByText(hidden);
      if ((await found.count()) > 0) await expect(found.first(), `${hidden} is kept, so it must be visible`).toBeVisible();
    }

    const exported = await exportHtml(page, host, payload.name.replace(/\W+/g, '-'));
    expect(exportedHtmlProblems(exported), 'exported HTML').toEqual([]);
    expect(exported).toContain(payload.marker);
    if (payload.name === 'markup as text stays text') {
      // The words are kept, as text: escaped in the file, never a live element.
      expect(exported).toContain('window.__pwned=true');
      expect(exported).not.toContain(`<script>${PWN}`);
      expect(exported).not.toContain('<img src=x');
    }
    await page.waitForTimeout(50); // let any deferred handler (onerror, onload, autofocus) fire before the last look
    expect(await canary(page)).toEqual({ pwned: false, cspViolations: [] });
  });
}

test('pasted links: Ctrl+click sends only parsed http, https and mailto URLs to openExternal', async ({ page, host }) => {
  const editor = await start(page, host);
  await editor.clickInto(editor.block('lead'));
  await pasteHtml(
    page,
    `<p>Ссылки: <a href="https://www.gov.kz/ru">правительство</a>, <a href="mailto:press@almaty.gov.kz">почта</a>, ` +
      `<a href="javascript:${PWN}">скрипт</a>, <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">данные</a>, ` +
      `<a href="file:///etc/passwd">файл</a>, <a href="HTTPS://EXAMPLE.KZ/Қала">қала</a></p>`,
  );
  await expect(editor.editor).toContainText('правительство');
  const links = editor.editor.locator('a');
  const count = await links.count();
  expect(count, 'the safe links survive as links').toBeGreaterThanOrEqual(3);
  for (let index = 0; index < count; index += 1) await links.nth(index).click({ modifiers: ['Control'] });
  // The unsafe ones are plain text now; clicking their words does nothing either.
  for (const word of ['скрипт', 'данные', 'файл']) await editor.editor.getByText(word).first().click({ modifiers: ['Control'] });

  await expect.poll(() => host.openedExternally.length).toBeGreaterThanOrEqual(3);
  for (const url of host.openedExternally) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
  for (const call of host.callsOf('openExternal')) expect((call.request as { url: string }).url).toMatch(/^(https?:\/\/|mailto:)/i);
  expect(host.openedExternally).toEqual(expect.arrayContaining(['https://www.gov.kz/ru', 'mailto:press@almaty.gov.kz']));
  expect(page.url(), 'the page never navigated').toBe('https://pressroom.test/index.html');
  expect(await canary(page)).toEqual({ pwned: false, cspViolations: [] });
});

test('deeply nested markup (10,000 levels of div, b and li) pastes its words without a crash', async ({ page, host }) => {
  const editor = await start(page, host);
  const scripts = await scriptCount(page);
  await editor.clickInto(editor.block('lead'));
  const deep = (open: string, close: string, inner: string) => `${open.repeat(10_000)}${inner}${close.repeat(10_000)}`;
  await pasteHtml(
    page,
    deep('<div>', '</div>', '<p>ГЛУБИНА-div</p>') + deep('<b>', '</b>', 'ГЛУБИНА-b') + deep('<ul><li>', '</li></ul>', 'ГЛУБИНА-li') + `<img src=x onerror=${PWN}>`,
  );
  for (const marker of ['ГЛУБИНА-div', 'ГЛУБИНА-b', 'ГЛУБИНА-li']) await expect(editor.editor).toContainText(marker);
  await expectNothingGotIn(page, host, scripts);
});

test('a 2 MB paste of Kazakh text arrives whole and the editor stays usable', async ({ page, host }) => {
  test.setTimeout(180_000);
  const editor = await start(page, host);
  const scripts = await scriptCount(page);
  await editor.clickInto(editor.block('lead'));
  const paragraph = 'Қазақстан Республикасының Конституциясы – әділет пен тұрақтылықтың тірегі. '.repeat(14);
  const html = Array.from({ length: 1_000 }, (_, index) => `<p>${index === 999 ? 'СОҢҒЫ-абзац ' : ''}${paragraph}<span onmouseover="${PWN}">.</span></p>`).join('');
  expect(html.length).toBeGreaterThan(1_000_000);
  await pasteHtml(page, html);
  await expect(editor.editor).toContainText('СОҢҒЫ-абзац', { timeout: 120_000 });
  await page.keyboard.type('ә');
  await expectNothingGotIn(page, host, scripts);
});

/** Hostile files opened through File ▸ Open (the Open dialog answered by the test host). */
async function hostileDocx(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('ФАЙЛ-docx <script>window.__pwned=true</script> <img src=x onerror=alert(1)>')] }),
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: `javascript:${PWN}`, children: [new TextRun('скрипт-сілтеме')] }),
              new TextRun(' '),
              new ExternalHyperlink({ link: 'https://evil.example/x.png', children: [new TextRun('сыртқы')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const FILES: { name: string; marker: string; content: () => Promise<string | Uint8Array> }[] = [
  {
    name: 'hostile.html',
    marker: 'ФАЙЛ-html',
    content: async () =>
      `<!doctype html><html lang="kk"><head><script>${PWN}</script><meta http-equiv="refresh" content="0;url=https://evil.example/">` +
      `<link rel=stylesheet href="https://evil.example/s.css"><base href="https://evil.example/"></head>` +
      `<body onload="${PWN}"><h1>ФАЙЛ-html тақырып</h1><p>Мәтін <a href="javascript:${PWN}">сілтеме</a><img src="https://evil.example/x.png" onerror="${PWN}"></p>` +
      `<svg><script>${PWN}</script></svg><noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>` +
      `<p style="display:none">ЖАСЫРЫН</p></body></html>`,
  },
  {
    name: 'hostile.md',
    marker: 'ФАЙЛ-md',
    content: async () =>
      `# ФАЙЛ-md тақырып\n\nМәтін <script>${PWN}</script> <img src=x onerror="${PWN}">\n\n` +
      `[сілтеме](javascript:${PWN}) [деректер](data:text/html,<script>alert(1)</script>) <javascript:${PWN}>\n\n` +
      `![сурет](https://evil.example/x.png)\n\n<div onmouseover="${PWN}">html блок</div>\n\n<iframe src="https://evil.example/"></iframe>\n`,
  },
  { name: 'hostile.docx', marker: 'ФАЙЛ-docx', content: hostileDocx },
];

for (const file of FILES) {
  test(`opening ${file.name} through the Open dialog: nothing runs or loads, the words arrive as text`, async ({ page, host }) => {
    const editor = await start(page, host);
    const scripts = await scriptCount(page);
    const path = await host.writeDocument(file.name, await file.content());
    const before = await readFile(path);
    host.answerNextOpen(path);
    await host.sendCommand({ type: 'menu', action: 'open' });
    await expect(editor.editor).toContainText(file.marker);
    await expectNothingGotIn(page, host, scripts);
    if (file.name === 'hostile.docx') await expect(editor.editor).toContainText('<script>window.__pwned=true</script>');
    await expect(editor.editor.getByText('ЖАСЫРЫН')).toHaveCount(0);
    expect(await readFile(path), 'the opened file is untouched').toEqual(before);

    const exported = await exportHtml(page, host, `export-of-${file.name}`);
    expect(exportedHtmlProblems(exported), 'exported HTML').toEqual([]);
    expect(exported).toContain(file.marker);
    await page.waitForTimeout(50);
    expect(await canary(page)).toEqual({ pwned: false, cspViolations: [] });
  });
}

test('control: the detectors do trip when foreign HTML does reach the DOM', async ({ page, host }) => {
  host.allowPageErrors = true;
  await start(page, host);
  await page.evaluate((pwn) => {
    const page = globalThis as unknown as { document: { body: { insertAdjacentHTML(where: string, html: string): void } } };
    page.document.body.insertAdjacentHTML('beforeend', `<div><img src="x" onerror="${pwn}"><img src="https://evil.example/control.png"></div>`);
  }, PWN);
  // The app's CSP refuses the inline handler (a violation is recorded); the images are requested.
  await expect.poll(async () => (await canary(page)).cspViolations.length + ((await canary(page)).pwned ? 1 : 0)).toBeGreaterThan(0);
  await expect.poll(() => host.missingAssets.length + host.externalRequests.length).toBeGreaterThan(0);
});

test('a crafted Slate fragment on the clipboard (javascript: link, unknown element, foreign properties) is repaired, never rendered raw', async ({ page, host }) => {
  const editor = await start(page, host);
  const scripts = await scriptCount(page);
  await editor.clickInto(editor.block('lead'));
  const fragment = [
    {
      type: 'paragraph',
      onerror: PWN,
      style: 'display:none',
      children: [
        { text: 'ФРАГМЕНТ ', onclick: PWN },
        { type: 'link', url: `javascript:${PWN}`, children: [{ text: 'скрипт-сілтеме' }] },
        { text: ' ' },
        { type: 'link', url: 'data:text/html,<script>alert(1)</script>', children: [{ text: 'деректер' }] },
        { text: '' },
      ],
    },
    { type: 'img', src: 'https://evil.example/x.png', onerror: PWN, children: [{ text: 'сурет' }] },
    { type: 'script', children: [{ text: PWN }] },
  ];
  await page.evaluate((json) => {
    const g = globalThis as unknown as {
      document: { activeElement: { dispatchEvent(event: object): boolean } | null };
      DataTransfer: new () => { setData(type: string, value: string): void };
      InputEvent: new (type: string, init: object) => object;
      ClipboardEvent: new (type: string, init: object) => { defaultPrevented: boolean };
    };
    const target = g.document.activeElement;
    if (!target) throw new Error('no focus');
    const data = new g.DataTransfer();
    data.setData('application/x-slate-fragment', btoa(encodeURIComponent(json)));
    data.setData('text/plain', 'ФРАГМЕНТ (plain)');
    const paste = new g.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    target.dispatchEvent(paste);
    if (!paste.defaultPrevented) target.dispatchEvent(new g.InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(fragment));
  await expect(editor.editor).toContainText('ФРАГМЕНТ');
  await expectNothingGotIn(page, host, scripts);
  await expect(editor.editor.locator('a')).toHaveCount(0);

  const file = host.path('fragment.pressroom');
  host.answerNextSave(file);
  await host.sendCommand({ type: 'menu', action: 'save' });
  await expect.poll(() => existsSync(file)).toBe(true);
  const saved = await readFile(file, 'utf8');
  expect(saved).not.toMatch(/javascript:|data:text|onerror|onclick|"img"|"script"|display:none/);
  const exported = await exportHtml(page, host, 'fragment');
  expect(exportedHtmlProblems(exported)).toEqual([]);
  expect(await canary(page)).toEqual({ pwned: false, cspViolations: [] });
});
