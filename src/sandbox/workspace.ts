/** What the sandbox page shows: messages per channel, ephemeral replies, modal stacks and App Homes. */
import { CHANNELS, type Channel } from './cast.js';

export type FileLink = { id: string; name: string; title: string; size: number };

export type Item = {
  key: string;
  channel: string;
  ts: string;
  threadTs?: string;
  author: string;
  text: string;
  blocks?: unknown[];
  files?: FileLink[];
  /** The app's clock when it arrived (ISO). */
  at: string;
  edited?: boolean;
  /** Set for an ephemeral message: the only person who sees it. */
  visibleTo?: string;
};

export type View = Record<string, unknown> & { id: string; type: string; errors?: Record<string, string> };

export type Snapshot = {
  channels: Channel[];
  items: Item[];
  modals: View[];
  home: View | undefined;
};

export const dmChannelFor = (userId: string): string => `D${userId}`;

export class Workspace {
  private readonly items: Item[] = [];
  private readonly modals = new Map<string, View[]>();
  private readonly homes = new Map<string, View>();
  private readonly extraChannels = new Map<string, Channel>();
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  version = 0;

  constructor(private readonly now: () => Date) {}

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(item: Omit<Item, 'key' | 'at'>): Item {
    this.seq += 1;
    // Ephemeral replies have no ts in Slack; a synthetic one lets their buttons name their container.
    const ts = item.ts || `1800000000.${String(this.seq).padStart(6, '0')}`;
    const full: Item = { ...item, ts, key: `I${this.seq}`, at: this.now().toISOString() };
    if (!this.channelOf(item.channel) && !item.channel.startsWith('D')) {
      this.extraChannels.set(item.channel, { id: item.channel, name: item.channel.toLowerCase(), kind: 'channel' });
    }
    this.items.push(full);
    this.changed();
    return full;
  }

  item(key: string): Item | undefined {
    return this.items.find((item) => item.key === key);
  }

  /** The shared (non-ephemeral) message with this ts in this channel. */
  message(channel: string, ts: string): Item | undefined {
    return this.items.find((item) => item.channel === channel && item.ts === ts && !item.visibleTo);
  }

  replace(key: string, changes: Partial<Pick<Item, 'text' | 'blocks' | 'edited'>>): void {
    const item = this.item(key);
    if (!item) return;
    Object.assign(item, changes);
    this.changed();
  }

  remove(key: string): void {
    const index = this.items.findIndex((item) => item.key === key);
    if (index >= 0) this.items.splice(index, 1);
    this.changed();
  }

  openModal(userId: string, view: View, mode: 'open' | 'push' = 'open'): void {
    const stack = mode === 'open' ? [] : (this.modals.get(userId) ?? []);
    this.modals.set(userId, [...stack, view]);
    this.changed();
  }

  /** Replaces a view wherever it is shown (a modal in a stack, or a Home). */
  updateView(view: View): void {
    for (const [userId, stack] of this.modals) {
      this.modals.set(userId, stack.map((shown) => (shown.id === view.id ? view : shown)));
    }
    for (const [userId, home] of this.homes) if (home.id === view.id) this.homes.set(userId, view);
    this.changed();
  }

  topModal(userId: string): View | undefined {
    return this.modals.get(userId)?.at(-1);
  }

  replaceTop(userId: string, view: View): void {
    const stack = this.modals.get(userId) ?? [];
    this.modals.set(userId, [...stack.slice(0, -1), view]);
    this.changed();
  }

  closeModal(userId: string, all = false): void {
    const stack = this.modals.get(userId) ?? [];
    this.modals.set(userId, all ? [] : stack.slice(0, -1));
    this.changed();
  }

  publishHome(userId: string, view: View): void {
    this.homes.set(userId, view);
    this.changed();
  }

  viewOf(userId: string, viewId: string): View | undefined {
    const home = this.homes.get(userId);
    return home?.id === viewId ? home : this.modals.get(userId)?.find((view) => view.id === viewId);
  }

  channelOf(id: string): Channel | undefined {
    return CHANNELS.find((channel) => channel.id === id) ?? this.extraChannels.get(id);
  }

  snapshotFor(userId: string): Snapshot {
    const channels = [...CHANNELS, ...this.extraChannels.values()].filter((c) => !c.members || c.members.includes(userId));
    const dm: Channel = { id: dmChannelFor(userId), name: 'Outfield', kind: 'dm' };
    const visible = new Set([...channels.map((c) => c.id), dm.id]);
    return {
      channels: [...channels, dm],
      items: this.items.filter((item) => visible.has(item.channel) && (!item.visibleTo || item.visibleTo === userId)),
      modals: this.modals.get(userId) ?? [],
      home: this.homes.get(userId),
    };
  }

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
