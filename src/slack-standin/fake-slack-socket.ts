import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

type Ack = { envelope_id: string; payload?: Record<string, unknown> };

/**
 * The Socket Mode side of the fake: apps.connections.open hands out ws://…/socket; a client that
 * connects is greeted with `hello`, and `send()` delivers an envelope and resolves with the client's ack.
 */
export class FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients = new Set<WebSocket>();
  private readonly pendingAcks = new Map<string, (ack: Ack) => void>();
  private readonly connectionWaiters: (() => void)[] = [];

  constructor(server: Server, private readonly appId: string) {
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  get connected(): boolean {
    return this.clients.size > 0;
  }

  async waitForConnection(timeoutMs = 5000): Promise<void> {
    if (this.connected) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no Socket Mode client connected')), timeoutMs);
      this.connectionWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Delivers an envelope (`slash_commands`, `interactive`, `events_api`) and waits for the ack. */
  async send(type: string, payload: object, timeoutMs = 3000): Promise<Ack> {
    const [client] = this.clients;
    if (!client) throw new Error('no Socket Mode client connected');
    const envelopeId = randomUUID();
    const acked = new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`envelope ${type} was not acknowledged`)), timeoutMs);
      this.pendingAcks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
    });
    const acceptsResponse = type !== 'events_api';
    client.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: acceptsResponse, retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.clients) client.terminate();
    await new Promise((resolve) => this.wss.close(resolve));
  }

  private accept(ws: WebSocket): void {
    this.clients.add(ws);
    ws.on('close', () => this.clients.delete(ws));
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as Ack;
      this.pendingAcks.get(ack.envelope_id)?.(ack);
      this.pendingAcks.delete(ack.envelope_id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: this.appId }, debug_info: { approximate_connection_time: 3600 } }));
    for (const waiter of this.connectionWaiters.splice(0)) waiter();
  }
}
