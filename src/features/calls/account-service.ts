import { isRecordId } from '../../db/record-id.js';
import type { Db } from '../../db/client.js';
import { UserError } from '../../errors.js';
import type { Account } from '../../generated/sqlite/client.js';
import { duplicateProbes, isLikelyDuplicate } from './account-rules.js';
import { normalizeAccountName } from './text-rules.js';

/** An existing account by id, or a name to find (case- and punctuation-insensitively) or create. */
/** An account picked by id (modal), already loaded (quick syntax found it), or a new name. */
export type AccountChoice = { accountId: string } | { account: Account } | { newName: string };

type AccountReader = Pick<Db, 'account'>;

const CANDIDATES = 200;
const SUGGESTIONS = 20;
const DUPLICATES_SHOWN = 3;

export async function findAccountByName(db: AccountReader, workspaceId: string, name: string): Promise<Account | null> {
  const normalizedName = normalizeAccountName(name);
  return db.account.findUnique({ where: { workspaceId_normalizedName: { workspaceId, normalizedName } } });
}

export async function accountInWorkspace(db: AccountReader, workspaceId: string, accountId: string): Promise<Account | null> {
  return isRecordId(accountId) ? db.account.findFirst({ where: { id: accountId, workspaceId } }) : null;
}

/** Accounts sharing a word or the first letters with `normalized`, most recently called first. */
async function candidatesFor(db: AccountReader, workspaceId: string, normalized: string): Promise<Account[]> {
  const probes = duplicateProbes(normalized);
  if (probes.length === 0) return [];
  return db.account.findMany({
    where: { workspaceId, OR: probes.map((probe) => ({ normalizedName: { contains: probe } })) },
    orderBy: [{ lastCallAt: 'desc' }, { name: 'asc' }],
    take: CANDIDATES,
  });
}

/** Existing accounts that are probably what the rep meant by a name no account has yet. */
export async function findLikelyDuplicates(db: AccountReader, workspaceId: string, name: string): Promise<Account[]> {
  const normalized = normalizeAccountName(name);
  const candidates = await candidatesFor(db, workspaceId, normalized);
  return candidates.filter((account) => isLikelyDuplicate(account.normalizedName, normalized)).slice(0, DUPLICATES_SHOWN);
}

/** For the modal's account picker: containing matches first, then near misses; recent accounts without a query. */
export async function searchAccounts(db: AccountReader, workspaceId: string, query: string): Promise<Account[]> {
  const normalized = normalizeAccountName(query);
  if (normalized === '') {
    return db.account.findMany({ where: { workspaceId }, orderBy: [{ lastCallAt: 'desc' }, { name: 'asc' }], take: SUGGESTIONS });
  }
  const containing = await db.account.findMany({
    where: { workspaceId, normalizedName: { contains: normalized } },
    orderBy: [{ lastCallAt: 'desc' }, { name: 'asc' }],
    take: SUGGESTIONS,
  });
  const near = (await candidatesFor(db, workspaceId, normalized)).filter(
    (account) => isLikelyDuplicate(account.normalizedName, normalized) && !containing.some((c) => c.id === account.id),
  );
  return [...containing, ...near].slice(0, SUGGESTIONS);
}

/** The account a call goes to; a new name that normalizes like an existing account reuses it. */
export async function accountFor(db: AccountReader, workspaceId: string, choice: AccountChoice, now: Date): Promise<Account> {
  if ('account' in choice) return choice.account;
  if ('accountId' in choice) {
    const account = await accountInWorkspace(db, workspaceId, choice.accountId);
    if (!account) throw new UserError('calls.account_gone');
    return account;
  }
  const normalizedName = normalizeAccountName(choice.newName);
  return db.account.upsert({
    where: { workspaceId_normalizedName: { workspaceId, normalizedName } },
    create: { workspaceId, name: choice.newName, normalizedName, createdAt: now },
    update: {},
  });
}
