import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, parseWindowState, saveWindowState, WINDOW_STATE_FILE } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorRight = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('keeps a position that is on a connected display', () => {
    expect(fitToDisplays({ x: 2100, y: 100, width: 1400, height: 900, maximized: false }, [laptop, monitorRight])).toEqual({
      x: 2100,
      y: 100,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('drops a position on a display that was unplugged, so the window opens centred', () => {
    const fitted = fitToDisplays({ x: 2100, y: 100, width: 1400, height: 900, maximized: true }, [laptop]);
    expect(fitted).toEqual({ width: 1400, height: 900, maximized: true });
  });

  it('drops a position whose title bar is off screen (above or left of every display)', () => {
    expect(fitToDisplays({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [laptop])).not.toHaveProperty('x');
    expect(fitToDisplays({ x: -990, y: 10, width: 1000, height: 700, maximized: false }, [laptop])).not.toHaveProperty('x');
  });

  it('clamps the size to the largest display and to the minimum', () => {
    expect(fitToDisplays({ width: 5000, height: 3000, maximized: false }, [laptop])).toMatchObject({ width: 1920, height: 1040 });
    expect(fitToDisplays({ width: 100, height: 50, maximized: false }, [laptop])).toMatchObject({ width: 720, height: 480 });
  });

  it('reads only well-formed files; anything else gives the defaults', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000.4,"height":700,"maximized":true}')).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(parseWindowState('{"width":1000,"height":700,"x":"10"}')).toEqual({ width: 1000, height: 700, maximized: false });
    for (const bad of ['', '{"width":', 'null', '[]', '{"width":"wide","height":700}', '{"width":1e999,"height":700}']) {
      expect(parseWindowState(bad), bad).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('round-trips through userData/window-state.json', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'pressroom-window-'));
    expect(await loadWindowState(userData, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    await saveWindowState(userData, { x: 40, y: 30, width: 1300, height: 850, maximized: false });
    expect(JSON.parse(readFileSync(join(userData, WINDOW_STATE_FILE), 'utf8'))).toEqual({ x: 40, y: 30, width: 1300, height: 850, maximized: false });
    expect(await loadWindowState(userData, [laptop])).toEqual({ x: 40, y: 30, width: 1300, height: 850, maximized: false });
    writeFileSync(join(userData, WINDOW_STATE_FILE), '{"x":40,"y":');
    expect(await loadWindowState(userData, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('saving into a folder that does not exist fails quietly', async () => {
    await expect(saveWindowState(join(tmpdir(), 'pressroom-no-such-folder', 'deeper'), DEFAULT_WINDOW_STATE)).resolves.toBeUndefined();
  });
});
