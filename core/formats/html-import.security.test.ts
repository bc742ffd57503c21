import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../model/document-file';
import type { PressroomDocument, ReleaseBlock } from '../model/types';
import { documentFromBlocks } from './import-blocks';
import { htmlToBlocks } from './html-import';
import { markdownToDocument } from './markdown-import';
import { releaseToHtml, releaseToMarkdown } from './index';
import { inlinesText } from './import-blocks';

/**
 * Hostile HTML pasted or imported (docs/reliability.md: Mark Text, Joplin, Typora CVEs): only clean blocks come out —
 * text, allowed structure, http/https/mailto links — and every export of them escapes what is left.
 */

const json = (blocks: ReleaseBlock[]): string => JSON.stringify(blocks);
const textOf = (blocks: ReleaseBlock[]): string =>
  blocks
    .flatMap((block) => ('children' in block ? (block.children as unknown[]) : []))
    .map((child) => {
      const node = child as { type?: string; children?: unknown[] };
      if (node.type === 'field' || node.type === 'list-item') return inlinesText(node.children as never);
      return inlinesText([child] as never);
    })
    .join(' ');

function elementsOf(html: string): string[] {
  const names: string[] = [];
  const visit = (nodes: readonly { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }[]): void => {
    for (const node of nodes) {
      if (node.type === 'element') {
        names.push(node.tagName as string);
        for (const key of Object.keys(node.properties ?? {})) if (/^on/i.test(key)) names.push(`@${key}`);
      }
      if (node.children) visit(node.children as never);
    }
  };
  visit(fromHtml(html).children as never);
  return names;
}

function expectClean(blocks: ReleaseBlock[]): void {
  const document = documentFromBlocks(blocks, { language: 'en' });
  expect(validateDocument(document).ok).toBe(true);
  const serialised = json(blocks).toLowerCase();
  for (const bad of ['javascript:', 'data:', 'onerror', 'onload', 'vbscript:', 'evil.example']) expect(serialised).not.toContain(bad);
  const elements = elementsOf(releaseToHtml(document));
  expect(elements.filter((name) => name === 'script')).toHaveLength(1); // the JSON-LD only
  expect(elements.filter((name) => ['img', 'svg', 'iframe', 'object', 'embed', 'math', 'form', 'input', 'base', 'link', 'meta'].includes(name) && name !== 'meta')).toEqual([]);
  expect(elements.filter((name) => name.startsWith('@'))).toEqual([]);
}

const HOSTILE: [string, string, string[], string[]][] = [
  ['script in a paragraph', '<p>Hello<script>window.pwned = 1</script> world</p>', ['Hello world'], ['pwned']],
  ['img onerror (Mark Text #2990)', '<p>Text<img src=x onerror="require(\'child_process\').exec(\'calc\')"></p>', ['Text'], ['child_process']],
  ['javascript: link (Mark Text #2601)', '<p><a href="javascript:alert(1)">click</a></p>', ['click'], ['alert']],
  ['obfuscated javascript: links', '<p><a href=" JaVaScRiPt:alert(1)">a</a> <a href="java&#x09;script:alert(2)">b</a> <a href="&#106;avascript:alert(3)">c</a></p>', ['a b c'], ['alert']],
  ['data: link', '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a></p>', ['data'], ['base64']],
  ['remote image and tracking pixel', '<p>Before<img src="https://evil.example/pixel.png" width=1 height=1>After</p><picture><source srcset="https://evil.example/a.webp"></picture>', ['BeforeAfter'], ['pixel']],
  ['SVG with script', '<svg><script>alert(1)</script><text>svg text</text><a href="javascript:alert(2)"><circle r=5 /></a></svg><p>kept</p>', ['kept'], ['svg text', 'alert']],
  ['embed, object, iframe (Joplin CVE-2020-15930)', '<embed src="https://evil.example/x.swf"><object data="x"><param name=a value=b>fallback</object><iframe srcdoc="<script>alert(1)</script>"></iframe><p>ok</p>', ['ok'], ['fallback', 'srcdoc']],
  ['text hidden by CSS', '<p>visible</p><p style="display:none">secret1</p><p style="visibility: hidden">secret2</p><span style="font-size:0">secret3</span><p hidden>secret4</p><p aria-hidden="true">secret5</p><span style="opacity:0">secret6</span><span style="color:transparent">secret7</span>', ['visible'], ['secret']],
  ['style and link elements', '<style>p{color:red}</style><link rel=stylesheet href="https://evil.example/x.css"><p style="color:red;background:url(https://evil.example/bg)">styled</p>', ['styled'], ['color', 'url(']],
  ['mutation XSS through noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>after</p>', [], ['alert', 'img']],
  ['mutation XSS through math and style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>after</p>', ['after'], ['alert']],
  ['mutation XSS through svg and a closing p', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>"></a></style></svg><p>after</p>', ['after'], ['alert']],
  ['form controls and buttons', '<form action="https://evil.example/"><input value="typed"><button onclick="alert(1)">Press</button><textarea>area</textarea></form><p>kept</p>', ['kept'], ['typed', 'press', 'area']],
  ['template and slot', '<template><img src=x onerror=alert(1)>tpl</template><p>kept</p>', ['kept'], ['tpl']],
  ['base and meta refresh', '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/"><p><a href="/relative">relative</a></p>', ['relative'], ['refresh']],
];

describe('hostile HTML becomes clean blocks', () => {
  it.each(HOSTILE)('%s', (_name, html, kept, dropped) => {
    const blocks = htmlToBlocks(html);
    expectClean(blocks);
    const text = textOf(blocks);
    for (const words of kept) expect(text).toContain(words);
    for (const words of dropped) expect(text.toLowerCase()).not.toContain(words.toLowerCase());
  });

  it('keeps safe links and only them', () => {
    const blocks = htmlToBlocks('<p><a href="https://almaty.gov.kz/" onclick="x()" style="color:red" target="_blank">site</a> <a href="mailto:press@example.kz">mail</a></p>');
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: '' },
          { type: 'link', url: 'https://almaty.gov.kz/', children: [{ text: 'site' }] },
          { text: ' ' },
          { type: 'link', url: 'mailto:press@example.kz', children: [{ text: 'mail' }] },
          { text: '' },
        ],
      },
    ]);
  });

  it('survives 20,000 levels of nesting and keeps the text', () => {
    const deep = `${'<div>'.repeat(20_000)}deep text${'</div>'.repeat(20_000)}<p>${'<b><i>'.repeat(5_000)}marked${'</i></b>'.repeat(5_000)}</p>`;
    const blocks = htmlToBlocks(deep);
    expectClean(blocks);
    expect(textOf(blocks)).toContain('deep text');
    expect(textOf(blocks)).toContain('marked');
  });

  it('a very large paste (2 MB) gives plain blocks', () => {
    const html = '<p>Абзац «текст» – әріптер <b>жуан</b> <script>x()</script></p>'.repeat(20_000);
    const blocks = htmlToBlocks(html);
    expect(blocks).toHaveLength(20_000);
    expect(json(blocks)).not.toContain('x()');
  });
});

describe('paste from Word and Google Docs', () => {
  it('Word: MsoNormal paragraphs, o:p, list bullets hidden by mso-list:Ignore, bold and italic', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
      <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b><span lang=RU style='font-family:"Times New Roman"'>Алматы</span></b><span lang=RU> – город<o:p></o:p></span></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span lang=KZ>Бірінші <i>тармақ</i></span></p>
      </body></html>`;
    const blocks = htmlToBlocks(html);
    expectClean(blocks);
    expect(blocks[0]).toEqual({ type: 'paragraph', children: [{ text: 'Алматы', bold: true }, { text: ' – город' }] });
    expect(blocks[1]).toEqual({ type: 'paragraph', children: [{ text: 'Бірінші ' }, { text: 'тармақ', italic: true }] });
  });

  it('Google Docs: the font-weight:normal wrapper does not bold everything; span styles give the marks', () => {
    const html = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><h1 dir="ltr"><span style="font-size:20pt;font-weight:400">Заголовок</span></h1><p dir="ltr"><span style="font-weight:700">Жирный</span><span style="font-weight:400;font-style:italic"> курсив</span></p><ul><li dir="ltr"><p dir="ltr"><span>пункт</span></p></li></ul></b>';
    const blocks = htmlToBlocks(html);
    expectClean(blocks);
    expect(blocks).toEqual([
      { type: 'headline', children: [{ text: 'Заголовок' }] },
      { type: 'paragraph', children: [{ text: 'Жирный', bold: true }, { text: ' курсив', italic: true }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'пункт' }] }] },
    ]);
  });
});

describe('exports escape whatever text remains', () => {
  const document: PressroomDocument = documentFromBlocks(
    [{ type: 'paragraph', children: [{ text: '<img src=x onerror=alert(1)> <script>alert(2)</script> [x](javascript:alert(3)) *not bold*' }] }],
    { language: 'en' },
  );

  it('HTML shows the markup as text', () => {
    const html = releaseToHtml(document);
    expect(elementsOf(html).filter((name) => name === 'img' || name.startsWith('@'))).toEqual([]);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  it('Markdown escapes it so a renderer shows text, not a link or HTML', () => {
    const markdown = releaseToMarkdown(document);
    const reread = markdownToDocument(markdown);
    expect(JSON.stringify(reread.body)).not.toContain('"type":"link"');
    expect(inlinesText((reread.body[0] as unknown as { children: never }).children)).toBe((document.body[0] as { children: [{ text: string }] }).children[0].text);
  });

  it('Markdown with hostile links, images and raw HTML imports clean', () => {
    const reread = markdownToDocument('# T\n\n[x](javascript:alert(1)) ![i](https://evil.example/p.png) <img src=x onerror=alert(1)>\n\n<script>alert(2)</script>\n\n<div onclick="x()"><p>kept</p><svg><script>alert(3)</script></svg></div>\n');
    expectClean(reread.body);
    expect(textOf(reread.body)).toContain('kept');
  });
});
