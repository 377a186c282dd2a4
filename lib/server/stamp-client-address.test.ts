import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, parseTrustedProxies } from '../auth/client-address';
import { stampClientAddress } from './stamp-client-address';

/** A server that stamps each request as the server entry does and answers with the headers the app would see. */
function echoServer(trusted: string): Server {
  const trust = parseTrustedProxies(trusted);
  return createServer((req, res) => {
    stampClientAddress(req, trust);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(req.headers));
  });
}

function send(server: Server, headers: Record<string, string>, localAddress = '127.0.0.1'): Promise<IncomingHttpHeaders> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, localAddress, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(JSON.parse(body) as IncomingHttpHeaders));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('stampClientAddress on a real socket', () => {
  const direct = echoServer('');
  const behindProxy = echoServer('127.0.0.1');
  beforeAll(async () => {
    await Promise.all([direct, behindProxy].map((server) => new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))));
  });
  afterAll(() => {
    direct.close();
    behindProxy.close();
  });

  it('replaces a forged client-address header and X-Forwarded-For with the TCP peer', async () => {
    const seen = await send(direct, {
      [CLIENT_IP_HEADER]: '198.51.100.1',
      'X-Forwarded-For': '198.51.100.2',
      'X-Real-IP': '198.51.100.3',
    });
    expect(seen[CLIENT_IP_HEADER]).toBe('127.0.0.1');
    expect(seen['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen['x-real-ip']).toBeUndefined();
  });

  it('takes the address a trusted proxy appended, not what the client put before it', async () => {
    const seen = await send(behindProxy, {
      [CLIENT_IP_HEADER]: '198.51.100.1',
      'X-Forwarded-For': '198.51.100.2, 203.0.113.7',
    });
    expect(seen[CLIENT_IP_HEADER]).toBe('203.0.113.7');
  });

  it('believes nothing from a peer that is not the trusted proxy', async () => {
    // Linux routes all of 127.0.0.0/8 to the loopback interface, so the peer can be another address.
    const seen = await send(behindProxy, { 'X-Forwarded-For': '203.0.113.7' }, '127.0.0.2');
    expect(seen[CLIENT_IP_HEADER]).toBe('127.0.0.2');
  });
});
