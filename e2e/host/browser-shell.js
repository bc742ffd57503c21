/* exported installBrowserShell */
/**
 * The page side of `npm run start:browser` (e2e/host/browser-app.ts adds it as an init script, then calls it):
 * what Electron's window gives the editor and a browser page does not — the menu and the file dialogs — drawn
 * in a shadow root over the renderer, whose own DOM is not touched. A plain browser script, self-contained.
 *
 *   - a "☰" button opens the native menu's entries (built from electron/menu.ts by the host) as a panel;
 *   - the host's file dialogs become a path box with the folder's files listed under it; the host lists folders
 *     and checks paths (names.filesBinding), and runs menu entries (names.menuBinding).
 *
 * @param {{ shell: string, menuBinding: string, filesBinding: string, sep: string }} names
 */
function installBrowserShell(names) {
  const sep = names.sep;
  const global = globalThis;
  /** @param {{ op: 'list' | 'info', path: string }} request */
  const files = (request) => global[names.filesBinding](request);
  /** @param {{ op: 'items' } | { op: 'run', id: string }} request */
  const menu = (request) => global[names.menuBinding](request);

  const css = `
    :host { all: initial; }
    * { box-sizing: border-box; font: 14px system-ui, sans-serif; }
    .menu-button { position: fixed; right: 14px; bottom: 40px; z-index: 2147483646; width: 40px; height: 40px; border-radius: 20px;
      border: 1px solid #b8bcc4; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); cursor: pointer; font-size: 18px; }
    .panel { position: fixed; right: 14px; bottom: 88px; z-index: 2147483646; min-width: 260px; max-height: 75vh; overflow: auto;
      background: #fff; border: 1px solid #b8bcc4; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 6px 0; }
    .panel h3 { margin: 8px 14px 2px; font-size: 12px; font-weight: 600; color: #5b606a; text-transform: uppercase; letter-spacing: .04em; }
    .panel .group { padding-left: 10px; }
    .panel button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 5px 14px; cursor: pointer; }
    .panel button:hover:not(:disabled), .panel button:focus-visible { background: #e8eefc; outline: none; }
    .panel button:disabled { color: #9a9ea6; cursor: default; }
    .panel hr { border: 0; border-top: 1px solid #e3e5e9; margin: 4px 0; }
    .backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(20,24,32,.35); display: flex; align-items: center; justify-content: center; }
    .dialog { width: min(640px, 92vw); background: #fff; border-radius: 8px; box-shadow: 0 8px 32px rgba(0,0,0,.3); padding: 18px; }
    .dialog h2 { margin: 0 0 4px; font-size: 16px; font-weight: 600; }
    .dialog .note { margin: 0 0 10px; color: #5b606a; font-size: 12px; }
    .dialog input { width: 100%; padding: 7px 9px; border: 1px solid #b8bcc4; border-radius: 4px; font-family: ui-monospace, monospace; }
    .dialog ul { list-style: none; margin: 8px 0; padding: 0; height: 240px; overflow: auto; border: 1px solid #e3e5e9; border-radius: 4px; }
    .dialog li button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 3px 9px; cursor: pointer; font-family: ui-monospace, monospace; }
    .dialog li button:hover, .dialog li button:focus-visible { background: #e8eefc; outline: none; }
    .dialog .problem { min-height: 18px; color: #b3261e; margin: 0 0 8px; }
    .dialog .actions { display: flex; justify-content: flex-end; gap: 8px; }
    .dialog .actions button { padding: 6px 14px; border-radius: 4px; border: 1px solid #b8bcc4; background: #fff; cursor: pointer; }
    .dialog .actions button.primary { background: #1f5fd1; border-color: #1f5fd1; color: #fff; }
  `;

    /** @type {Promise<ShadowRoot>} */
  const ready = new Promise((resolve) => {
    const mount = () => {
      const holder = document.createElement('pressroom-browser-shell');
      document.documentElement.appendChild(holder);
      const root = holder.attachShadow({ mode: 'open' });
      // A constructed sheet: the renderer's CSP (style-src 'self') refuses a <style> element.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      resolve(root);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
    else mount();
  });

  const element = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  // ---- the menu ----
  let panel = null;
  let menuButton = null;
  let items = [];
  const closePanel = () => {
    panel?.remove();
    panel = null;
    menuButton?.setAttribute('aria-expanded', 'false');
  };
  const drawItems = (list, into) => {
    for (const item of list) {
      if (item.kind === 'separator') into.append(element('hr'));
      else if (item.kind === 'group') {
        into.append(element('h3', { textContent: item.label }));
        const group = element('div', { className: 'group', role: 'group' });
        group.setAttribute('aria-label', item.label);
        drawItems(item.items, group);
        into.append(group);
      } else {
        const button = element('button', { type: 'button', textContent: item.label, disabled: !item.enabled });
        button.setAttribute('role', 'menuitem');
        button.addEventListener('click', () => {
          closePanel();
          void menu({ op: 'run', id: item.id });
        });
        into.append(button);
      }
    }
  };
  const openPanel = async () => {
    const shadow = await ready;
    items = await menu({ op: 'items' });
    closePanel();
    panel = element('div', { className: 'panel', role: 'menu' });
    panel.setAttribute('aria-label', 'Pressroom menu');
    drawItems(items, panel);
    shadow.append(panel);
    menuButton?.setAttribute('aria-expanded', 'true');
    panel.querySelector('button:not(:disabled)')?.focus();
  };
  void ready.then((shadow) => {
    menuButton = element('button', { type: 'button', className: 'menu-button', textContent: '☰', title: 'Menu' });
    menuButton.setAttribute('aria-label', 'Pressroom menu');
    menuButton.setAttribute('aria-haspopup', 'menu');
    menuButton.addEventListener('click', () => (panel ? closePanel() : void openPanel()));
    shadow.append(menuButton);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && panel) closePanel();
    });
    document.addEventListener('mousedown', (event) => {
      if (panel && !event.composedPath().includes(shadow.host)) closePanel();
    });
  });

  // ---- the file dialogs ----
  const ACCEPT = { open: 'Open', 'open-many': 'Open', save: 'Save', folder: 'Choose folder' };
  const NOTE = {
    open: 'Type the path of a file, or pick it below.',
    'open-many': 'Type the path of a file, or pick it below (one file at a time).',
    save: 'Type the path to save to, or pick a folder below and add the file name.',
    folder: 'Type the path of a folder, or pick it below.',
  };

  /** @param {{ kind: 'open' | 'open-many' | 'save' | 'folder', title: string, startPath: string, extensions: string[] }} request */
  async function ask(request) {
    const shadow = await ready;
    closePanel();
    const previousFocus = document.activeElement;
    return new Promise((resolve) => {
      const input = element('input', { type: 'text', value: request.startPath, spellcheck: false });
      input.setAttribute('aria-label', 'Path');
      const list = element('ul');
      list.setAttribute('aria-label', 'Files');
      const problem = element('p', { className: 'problem' });
      problem.setAttribute('role', 'alert');
      const cancel = element('button', { type: 'button', textContent: 'Cancel' });
      const accept = element('button', { type: 'button', className: 'primary', textContent: ACCEPT[request.kind] });
      const title = element('h2', { textContent: request.title, id: 'pressroom-shell-dialog-title' });
      const dialog = element('div', { className: 'dialog', role: 'dialog' }, title, element('p', { className: 'note', textContent: NOTE[request.kind] }), input, list, problem, element('div', { className: 'actions' }, cancel, accept));
      dialog.setAttribute('aria-modal', 'true');
      dialog.setAttribute('aria-labelledby', title.id);
      const backdrop = element('div', { className: 'backdrop' }, dialog);
      let confirmReplace = null;

      const finish = (answer) => {
        backdrop.remove();
        previousFocus?.focus?.();
        resolve(answer);
      };
      const shows = (name) => request.extensions.length === 0 || request.extensions.includes('*') || request.extensions.some((extension) => name.toLowerCase().endsWith(`.${extension.toLowerCase()}`));

      let listed = '';
      const relist = async (path) => {
        const listing = await files({ op: 'list', path });
        if ('error' in listing) return;
        if (listing.folder === listed) return;
        listed = listing.folder;
        list.replaceChildren();
        const entry = (label, onPick, onAccept) => {
          const button = element('button', { type: 'button', textContent: label });
          button.addEventListener('click', onPick);
          if (onAccept) button.addEventListener('dblclick', onAccept);
          list.append(element('li', {}, button));
        };
        if (listing.parent !== null) {
          const parent = listing.parent;
          entry('↑ ..', () => {
            input.value = parent.endsWith(sep) ? parent : `${parent}${sep}`;
            void relist(parent);
          });
        }
        for (const item of listing.entries) {
          if (item.folder) {
            entry(`📁 ${item.name}${sep}`, () => {
              input.value = request.kind === 'save' ? `${item.path}${sep}${input.value.split(sep).pop() ?? ''}` : `${item.path}${sep}`;
              void relist(item.path);
              input.focus();
            });
          } else if (request.kind !== 'folder' && shows(item.name)) {
            entry(`   ${item.name}`, () => {
              input.value = item.path;
              input.focus();
            }, () => {
              input.value = item.path;
              void submit();
            });
          }
        }
      };

      const submit = async () => {
        const info = await files({ op: 'info', path: input.value });
        problem.textContent = '';
        if (request.kind === 'folder') {
          if (info.exists && info.folder) finish(info.path);
          else problem.textContent = `No folder at ${info.path}`;
          return;
        }
        if (request.kind === 'save') {
          if (info.folder) problem.textContent = 'That is a folder: add a file name.';
          else if (!info.parentExists) problem.textContent = `No folder to save into: ${info.path}`;
          else if (info.exists && confirmReplace !== info.path) {
            confirmReplace = info.path;
            problem.textContent = 'A file with this name exists. Press Replace to overwrite it.';
            accept.textContent = 'Replace';
          } else finish(info.path);
          return;
        }
        if (info.exists && !info.folder) finish(info.path);
        else if (info.folder) void relist(info.path);
        else problem.textContent = `No file at ${info.path}`;
      };

      let timer;
      input.addEventListener('input', () => {
        confirmReplace = null;
        accept.textContent = ACCEPT[request.kind];
        clearTimeout(timer);
        timer = setTimeout(() => void relist(input.value), 150);
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') void submit();
      });
      backdrop.addEventListener('keydown', (event) => {
        event.stopPropagation();
        if (event.key === 'Escape') finish(null);
        // Keep the focus inside the dialog, as a modal does.
        if (event.key === 'Tab') {
          const focusable = [...dialog.querySelectorAll('input, button')];
          const first = focusable[0];
          const last = focusable[focusable.length - 1];
          const active = shadow.activeElement;
          if (event.shiftKey && active === first) {
            event.preventDefault();
            last?.focus();
          } else if (!event.shiftKey && active === last) {
            event.preventDefault();
            first?.focus();
          }
        }
      });
      cancel.addEventListener('click', () => finish(null));
      accept.addEventListener('click', () => void submit());
      shadow.append(backdrop);
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      void relist(request.startPath);
    });
  }

  Object.defineProperty(globalThis, names.shell, { value: Object.freeze({ ask }), writable: false, configurable: false });
}
