import { describe, expect, it } from 'vitest';
import type { Member, Workspace } from '../../src/generated/sqlite/client.js';
import { actorFor } from '../../src/members/member-service.js';
import { canReadCallNotes } from '../../src/members/permissions.js';

const workspace = { id: 'T1', defaultLocale: 'en' } as Workspace;
const member = (id: string, fields: Partial<Member> = {}): Member =>
  ({ id, slackUserId: `U${id}`, role: 'rep', kind: 'employee', managerId: null, isSlackAdmin: false, locale: null, ...fields }) as Member;

const manager = member('MGR', { role: 'manager' });
const otherManager = member('MGR2', { role: 'manager' });
const employee = member('EMP', { managerId: 'MGR' });
const independent = member('IND', { managerId: 'MGR', kind: 'independent' });
const admin = member('ADM');
const as = (m: Member) => actorFor(m, workspace, ['UADM']);

describe('canReadCallNotes', () => {
  it.each([
    ['the rep themself', employee, employee, true],
    ['an independent rep themself', independent, independent, true],
    ['the employee’s manager', manager, employee, true],
    ['the independent rep’s manager', manager, independent, false],
    ['another team’s manager', otherManager, employee, false],
    ['another rep', independent, employee, false],
    ['an admin, for an independent rep', admin, independent, true],
  ])('%s: %s', (_name, actor, rep, expected) => {
    expect(canReadCallNotes(as(actor), rep)).toBe(expected);
  });
});
