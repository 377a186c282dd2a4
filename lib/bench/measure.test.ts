import { describe, expect, it } from 'vitest';
import { figure, percentile, runLimited } from './measure';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('runLimited', () => {
  it('never runs more than the limit at once, and finishes everything', async () => {
    const queue = runLimited(2);
    let running = 0;
    let most = 0;
    let finished = 0;
    for (let i = 0; i < 6; i++) {
      await queue.add(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        finished += 1;
      });
    }
    await queue.drain();
    expect(most).toBe(2);
    expect(finished).toBe(6);
  });

  it('rethrows the first failure', async () => {
    const queue = runLimited(1);
    await queue.add(async () => {
      throw new Error('insert failed');
    });
    await expect(queue.drain()).rejects.toThrow('insert failed');
  });
});

describe('figure', () => {
  it('groups thousands', () => {
    expect(figure(1234567)).toBe('1,234,567');
    expect(figure(2.345, 1)).toBe('2.3');
  });
});
