/** files.getUploadURLExternal → upload endpoint → files.completeUploadExternal of the fake Slack. */
import { fail, ok, str } from './fake-slack-types.js';
import type { ApiResult, Args, MethodTable, UploadedFile } from './fake-slack-types.js';

type PendingFile = { id: string; filename: string; length: number; content?: Buffer };

export class FakeFiles {
  private seq = 0;
  private readonly pending = new Map<string, PendingFile>();
  readonly uploaded: UploadedFile[] = [];

  /** `uploadUrlOf(fileId)` gives the absolute URL the upload bytes go to. */
  constructor(private readonly uploadUrlOf: (fileId: string) => string) {}

  /** Stores the bytes POSTed to a file's upload URL; false if the file id was never handed out. */
  receive(fileId: string, content: Buffer): boolean {
    const file = this.pending.get(fileId);
    if (!file) return false;
    file.content = content;
    return true;
  }

  readonly methods: MethodTable = {
    'files.getUploadURLExternal': (args) => {
      this.seq += 1;
      const id = `F${String(this.seq).padStart(9, '0')}`;
      this.pending.set(id, { id, filename: String(args.filename), length: Number(args.length) });
      return ok({ upload_url: this.uploadUrlOf(id), file_id: id });
    },
    'files.completeUploadExternal': (args) => this.complete(args),
  };

  private complete(args: Args): ApiResult {
    if (!Array.isArray(args.files)) return fail('invalid_arguments', ['[ERROR] files must be a JSON array']);
    const requested = args.files as { id?: unknown; title?: unknown }[];
    const found = requested.map((f) => ({ file: this.pending.get(String(f.id)), title: str(f.title) }));
    if (found.some(({ file }) => file?.content === undefined)) return fail('file_not_found');
    const channelId = str(args.channel_id) ?? str(args.channels)?.split(',')[0];
    const files = found.map(({ file, title }) => {
      const { id, filename, content } = file as Required<PendingFile>;
      this.pending.delete(id);
      const done: UploadedFile = { id, filename, title: title ?? filename, channelId, content };
      this.uploaded.push(done);
      return { id, name: filename, title: done.title, size: content.length, channels: channelId ? [channelId] : [] };
    });
    return ok({ files });
  }
}
