import { describe, expect, it } from 'vitest';
import { scriptSources } from './client-js';

describe('scriptSources', () => {
  it("lists the page's own static scripts once each, in order, and nothing else", () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script>inline()</script>
      <script nonce="x" src="/_next/static/chunks/b.js"></script><script src="/_next/static/chunks/a.js"></script>
      <script src="https://cdn.example/x.js"></script><link rel="preload" href="/_next/static/chunks/c.js">`;
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js']);
  });
});
