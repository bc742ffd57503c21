import { describe, expect, it } from 'vitest';
import { functionDifferences, keyWindows } from './profile';
import type { TraceEvent } from './profile';

const main = { pid: 1, tid: 7 };
const event = (name: string, ts: number, dur: number, data?: { type?: string; functionName?: string }): TraceEvent => ({ name, ph: 'X', ts, dur, ...main, ...(data ? { args: { data } } : {}) });

describe('keyWindows', () => {
  it("sums each event's own time from a keydown to the end of the next frame, per key", () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ...main, args: { name: 'CrRendererMain' } },
      // Key 1: keydown 0–1000 µs holding a 600 µs script call, then a frame 2000–2500 µs holding 300 µs of paint.
      event('EventDispatch', 0, 1000, { type: 'keydown' }),
      event('FunctionCall', 100, 600, { functionName: 'onKeyDown' }),
      event('WebFrameWidgetImpl::UpdateLifecycle', 2000, 500),
      event('Paint', 2100, 300),
      // Key 2: keydown 10000–10400 µs, its frame 11000–11200 µs.
      event('EventDispatch', 10_000, 400, { type: 'keydown' }),
      event('WebFrameWidgetImpl::UpdateLifecycle', 11_000, 200),
      // Another thread's work in the window is not the main thread's.
      { name: 'Paint', ph: 'X', ts: 10_100, dur: 5000, pid: 1, tid: 9 },
      // After the last frame: outside every window.
      event('Paint', 20_000, 900),
    ];
    const result = keyWindows(events);
    expect(result.keys).toBe(2);
    expect(result.rows.get('FunctionCall: onKeyDown')).toBeCloseTo(0.3, 10); // 0.6 ms on one key of two
    expect(result.rows.get('EventDispatch: keydown')).toBeCloseTo((0.4 + 0.4) / 2, 10); // 1.0 − 0.6 own, and 0.4
    expect(result.rows.get('Paint')).toBeCloseTo(0.15, 10);
    expect(result.rows.get('WebFrameWidgetImpl::UpdateLifecycle')).toBeCloseTo((0.2 + 0.2) / 2, 10);
    expect(result.p50).toBeCloseTo((2.5 + 1.2) / 2, 10);
  });

  it('leaves out a keydown with no frame after it', () => {
    const result = keyWindows([event('EventDispatch', 0, 100, { type: 'keydown' })]);
    expect(result.keys).toBe(0);
    expect(result.rows.size).toBe(0);
  });
});

describe('functionDifferences', () => {
  it("sets two bundles' functions side by side by name, the largest difference first", () => {
    const ours = [
      { name: 'setDomSelection index-A.js:24162', selfMs: 0.01, totalMs: 1.3 },
      { name: 'spellingRanges index-A.js:46636', selfMs: 0.02, totalMs: 0.1 },
      { name: '(program)', selfMs: 3, totalMs: 3 },
    ];
    const bare = [{ name: 'setDomSelection bare-slate-B.js:21568', selfMs: 0.01, totalMs: 1.08 }];
    expect(functionDifferences(ours, bare)).toEqual([
      { name: 'setDomSelection', ours: 1.3, peer: 1.08 },
      { name: 'spellingRanges', ours: 0.1, peer: 0 },
    ]);
  });
});
